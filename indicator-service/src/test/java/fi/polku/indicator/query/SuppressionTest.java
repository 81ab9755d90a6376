package fi.polku.indicator.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Cell count(String group, long n) {
        return Cell.of("2033-01", group, n, BigDecimal.valueOf(n), null);
    }

    private static List<Boolean> hidden(Suppression.Result result) {
        return result.cells().stream().map(Cell::suppressed).toList();
    }

    @Test
    void oneToFourIsHiddenAndZeroShown() {
        assertTrue(Suppression.count(count("A", 1)).suppressed());
        assertTrue(Suppression.count(count("A", 4)).suppressed());
        assertFalse(Suppression.count(count("A", 5)).suppressed());
        assertFalse(Suppression.count(count("A", 0)).suppressed());
        assertNull(Suppression.count(count("A", 3)).value());
        assertNull(Suppression.count(count("A", 3)).n());
    }

    @Test
    void noTotalGivesAHiddenCellAway() {
        Suppression.Result two =
                Suppression.counts(List.of(count("A", 7), count("B", 3), count("C", 2)), count(null, 12));
        assertEquals(List.of(false, true, true), hidden(two), "two hidden: the total reveals neither");
        assertFalse(two.total().suppressed());

        Suppression.Result one =
                Suppression.counts(List.of(count("A", 8), count("B", 6), count("C", 2)), count(null, 16));
        assertEquals(List.of(false, true, true), hidden(one), "the smallest other cell is hidden with the one");
        assertEquals(16, one.total().n());

        Suppression.Result alone = Suppression.counts(List.of(count("A", 0), count("B", 3)), count(null, 3));
        assertEquals(List.of(false, true), hidden(alone));
        assertTrue(alone.total().suppressed(), "a total of 1–4 is hidden itself");

        Suppression.Result ones =
                Suppression.counts(List.of(count("A", 1), count("B", 1), count("C", 9)), count(null, 11));
        assertEquals(List.of(true, true, true), hidden(ones), "two hidden cells adding up to 2 would each be 1");

        Suppression.Result onlyZeroBeside =
                Suppression.counts(List.of(count("A", 0), count("B", 3), count("C", 9)), count(null, 12));
        assertEquals(List.of(false, true, true), hidden(onlyZeroBeside), "a zero cell protects nothing");
    }

    @Test
    void aStatisticNeedsFiveFactsAndNeverShowsItsCount() {
        Cell median = Cell.of("2033-01", null, 4, new BigDecimal("3.5"), new BigDecimal("9.0"));
        assertTrue(Suppression.statistic(median).suppressed());
        Cell enough = Cell.of("2033-01", null, 5, new BigDecimal("3.5"), new BigDecimal("9.0"));
        assertEquals(new BigDecimal("3.5"), Suppression.statistic(enough).value());
        assertNull(Suppression.statistic(enough).n());
        Cell none = Cell.of("2033-01", null, 0, null, null);
        assertFalse(Suppression.statistic(none).suppressed());
    }
}
