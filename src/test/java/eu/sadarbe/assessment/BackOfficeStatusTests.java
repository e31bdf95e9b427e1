package eu.sadarbe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Issue 13, item 17: all status tags had one colour. */
class BackOfficeStatusTests {

    @Test
    void eachStatusHasItsOwnGovukTagColour() {
        assertThat(Arrays.stream(BackOfficeStatus.values()).map(BackOfficeStatus::tagColour))
                .doesNotHaveDuplicates().allMatch(colour -> colour.startsWith("govuk-tag--"));
    }
}
