package eu.sadarbe.places.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreatCircleTests {

    @Test
    void measuresRigaToTallinnAtAbout280Kilometres() {
        assertThat(GreatCircle.kilometres(56.94600, 24.10589, 59.43696, 24.75353)).isBetween(278, 281);
    }

    @Test
    void measuresAQuarterOfTheEquatorWithTheMeanEarthRadius() {
        // 2 * PI * 6371.0088 / 4 = 10007.54 km
        assertThat(GreatCircle.kilometres(0, 0, 0, 90)).isEqualTo(10008);
    }

    @Test
    void measuresNothingBetweenAPlaceAndItself() {
        assertThat(GreatCircle.kilometres(57.31188, 25.27456, 57.31188, 25.27456)).isZero();
    }

    @Test
    void isTheSameBothWays() {
        assertThat(GreatCircle.kilometres(56.946, 24.10589, 38.71667, -9.13333))
                .isEqualTo(GreatCircle.kilometres(38.71667, -9.13333, 56.946, 24.10589));
    }
}
