package eu.sadarbe.selection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Issue 21: the ranking page's pages of at most 50 rows, the default one around the cut-off; without Spring. */
class RowPageTests {

    static List<Integer> ranks(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void aListOfFiftyOrFewerIsOnePage() {
        for (int line : new int[] {0, 3, 25, 50}) {
            RowPage<Integer> page = RowPage.around(ranks(50), line, null);
            assertThat(page.rows()).isEqualTo(ranks(50));
            assertThat(page.paged()).isFalse();
            assertThat(page.holdsTheLastRow()).isTrue();
        }
        assertThat(RowPage.around(ranks(0), 0, null).rows()).isEmpty();
        assertThat(RowPage.around(ranks(3), 1, 7).rows()).containsExactly(1, 2, 3);
    }

    @Test
    void theDefaultPageHasHalfAPageOfFundedAboveTheCutOffAndHalfAPageBelowIt() {
        // 1,425 passing applications, 600 funded: the line is drawn above rank 601.
        RowPage<Integer> page = RowPage.around(ranks(1425), 600, null);

        assertThat(page.rows()).hasSize(RowPage.SIZE).startsWith(576).endsWith(625);
        assertThat(page.page()).isEqualTo(page.anchorPage()).isEqualTo(13);
        assertThat(page.pages()).isEqualTo(29);
        assertThat(page.first()).isEqualTo(576);
        assertThat(page.last()).isEqualTo(625);
        assertThat(page.total()).isEqualTo(1425);
    }

    @Test
    void thePagesWalkTheWholeListOnceInOrder() {
        for (int line : new int[] {0, 1, 24, 25, 26, 600, 1399, 1400}) {
            List<Integer> walked = new ArrayList<>();
            RowPage<Integer> first = RowPage.around(ranks(1400), line, 1);
            for (int number = 1; number <= first.pages(); number++) {
                RowPage<Integer> page = RowPage.around(ranks(1400), line, number);
                assertThat(page.rows()).as("line %d page %d", line, number).isNotEmpty().hasSizeLessThanOrEqualTo(50);
                assertThat(page.first()).isEqualTo(walked.size() + 1);
                walked.addAll(page.rows());
            }
            assertThat(walked).as("line %d", line).isEqualTo(ranks(1400));
            // The default page holds the line: the last funded row above it, or the first row below it.
            RowPage<Integer> cutOff = RowPage.around(ranks(1400), line, null);
            assertThat(cutOff.rows()).hasSize(50);
            assertThat(cutOff.first() - 1).isLessThanOrEqualTo(line);
            assertThat(cutOff.last()).isGreaterThanOrEqualTo(line);
            if (line > 0 && line < 1400) {
                assertThat(cutOff.rows()).contains(line, line + 1);
            }
        }
    }

    @Test
    void aPageBeyondTheLastIsTheLastAndAnUnreadableOneIsTheDefault() {
        RowPage<Integer> beyond = RowPage.around(ranks(120), 60, 99);
        assertThat(beyond.page()).isEqualTo(beyond.pages());
        assertThat(beyond.rows()).endsWith(120);
        assertThat(beyond.holdsTheLastRow()).isTrue();

        assertThat(RowPage.number("abc")).isNull();
        assertThat(RowPage.number("-1")).isNull();
        assertThat(RowPage.number("99999999999")).isNull();
        assertThat(RowPage.number(null)).isNull();
        assertThat(RowPage.around(ranks(120), 60, RowPage.number("0")).page()).isEqualTo(2);
    }

    @Test
    void theOtherListsArePagedFromTheirFirstRow() {
        RowPage<Integer> first = RowPage.of(ranks(475), null);
        assertThat(first.rows()).isEqualTo(ranks(50));
        assertThat(first.pages()).isEqualTo(10);
        assertThat(RowPage.of(ranks(475), 10).rows()).startsWith(451).endsWith(475);
    }
}
