package eu.sadarbe.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.sadarbe.statistics.domain.Figures;
import eu.sadarbe.statistics.domain.StatisticsFilter;
import eu.sadarbe.web.Formats;

/** The statistics filters read leniently and checked, the shares and percentages, and the bars' geometry. */
class FilterFormTests {

    @Test
    void readsFiltersInAnyCaseAndNamesEachOneThatCannotBeRead() {
        FilterForm.Checked good = new FilterForm(" 2020 ", "2", "lv01", "ka201", "school_education", "lv").check();
        assertThat(good.errors()).isEmpty();
        assertThat(good.filter()).isEqualTo(new StatisticsFilter(2020, 2, "LV01", "KA201", "SCHOOL_EDUCATION", "LV"));

        FilterForm.Checked bad = new FilterForm("2013", "twelve", "Latvia", "KA1", "SPACE", "LVA").check();
        assertThat(bad.filter()).isEqualTo(StatisticsFilter.EVERYTHING);
        assertThat(bad.errors()).containsOnlyKeys("callYear", "round", "agency", "actionType", "field", "country")
                .containsEntry("callYear", "statistics.error.callYear");

        assertThat(new FilterForm("", null, " ", null, null, null).check().filter())
                .isEqualTo(StatisticsFilter.EVERYTHING);
    }

    @Test
    void keepsTheFiltersInTheDownloadAddress() {
        assertThat(new FilterForm("2020", "", null, "KA201", null, "LV").query("/statistics.csv"))
                .isEqualTo("/statistics.csv?callYear=2020&actionType=KA201&country=LV");
        assertThat(new FilterForm(null, null, null, null, null, null).isEmpty()).isTrue();
    }

    @Test
    void sharesAndPercentagesAsEachLanguageWritesThem() {
        assertThat(Figures.share(5, 11)).isEqualByComparingTo("0.4545");
        assertThat(Figures.share(3, 0)).isNull();
        assertThat(Formats.percent(new BigDecimal("0.4545"), Locale.ENGLISH)).isEqualTo("45.5%");
        assertThat(Formats.percent(new BigDecimal("0.4545"), Locale.forLanguageTag("lv"))).isEqualTo("45,5\u00a0%");
        assertThat(Formats.percent(BigDecimal.ONE, Locale.ENGLISH)).isEqualTo("100%");
    }

    @Test
    void drawsEachBarAsAShareOfTheAreaAndLeavesAnUnavailableOneEmpty() {
        BarChart chart = BarChart.builder("c", "Title", "Description").bar("Received", 1, "44 (100%)")
                .bar("Selected", 0.25, "11 (25%)").unavailable("Completed", "not yet available").build();
        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(BarChart.BAR_AREA,
                BarChart.BAR_AREA / 4 + 1, 0);
        assertThat(chart.bars().get(2).available()).isFalse();
        assertThat(chart.viewBox()).isEqualTo("0 0 640 " + (12 + 3 * BarChart.ROW));
    }
}
