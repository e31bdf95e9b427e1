package eu.sadarbe.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Issue 13, item 17: "300,000" silently used the saved envelope; amounts are read as the officer's locale writes them. */
class TypedAmountTests {

    static final Locale EN = Locale.forLanguageTag("en-GB");
    static final Locale LV = Locale.forLanguageTag("lv");

    @Test
    void readsEnglishGroupingAndDecimals() {
        assertThat(TypedAmount.parse("300,000", EN)).isEqualByComparingTo("300000");
        assertThat(TypedAmount.parse("€1,300,000.50", EN)).isEqualByComparingTo("1300000.50");
        assertThat(TypedAmount.parse("300 000", EN)).isEqualByComparingTo("300000");
        assertThat(TypedAmount.parse("300000.5", EN)).isEqualByComparingTo("300000.5");
    }

    @Test
    void readsLatvianSpacesAndDecimalComma() {
        assertThat(TypedAmount.parse("300 000,50", LV)).isEqualByComparingTo("300000.50");
        assertThat(TypedAmount.parse("300\u00a0000\u00a0€", LV)).isEqualByComparingTo("300000");
        assertThat(TypedAmount.parse("1.300.000", LV)).isEqualByComparingTo("1300000");
        assertThat(TypedAmount.parse("12,5", LV)).isEqualByComparingTo("12.5");
    }

    @Test
    void refusesWhatCannotBeReadAsOneAmount() {
        assertThat(TypedAmount.parse("abc", EN)).isNull();
        assertThat(TypedAmount.parse("-5", EN)).isNull();
        assertThat(TypedAmount.parse("300,000", LV)).as("three decimals on a Latvian page").isNull();
        assertThat(TypedAmount.parse("1,2,3", EN)).isNull();
        assertThat(TypedAmount.parse("10.123", EN)).isNull();
        assertThat(TypedAmount.parse(" ", EN)).isNull();
    }
}
