package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The register number of a decision letter (issue 17). */
class LetterReferenceTests {

    @Test
    void namesTheAgencyTheCallYearAndTheNumberWithFiveDigits() {
        assertThat(new LetterReference("LV01", 2020, 42)).hasToString("LV01/2020/L-00042");
        assertThat(new LetterReference("LV02", 2019, 123456)).hasToString("LV02/2019/L-123456");
    }

    @Test
    void readsBackWhatItWrites() {
        LetterReference reference = new LetterReference("LV01", 2020, 7);

        assertThat(LetterReference.parse(reference.toString())).isEqualTo(reference);
        assertThat(reference.next()).hasToString("LV01/2020/L-00008");
    }

    @Test
    void refusesWhatIsNoReference() {
        assertThatThrownBy(() -> LetterReference.parse("2020-1-LV01-KA202-000042"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterReference("LV01", 2020, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LetterReference("lv1", 2020, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
