package eu.sadarbe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The one list of organisation types, and its regular expression for Bean Validation, which must not drift apart. */
class OrganisationTypeTests {

    @Test
    void theRegularExpressionNamesExactlyTheTypes() {
        assertThat(OrganisationType.CODES).isEqualTo(Arrays.stream(OrganisationType.values()).map(Enum::name)
                .collect(Collectors.joining("|")));
        assertThat(OrganisationType.isCode("NGO")).isTrue();
        assertThat(OrganisationType.isCode("NGOX")).isFalse();
        assertThat(OrganisationType.isCode("ngo")).isFalse();
    }
}
