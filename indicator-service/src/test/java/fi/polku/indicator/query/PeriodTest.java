package fi.polku.indicator.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void everyPeriodBetweenShowsOnce() {
        YearMonth from = YearMonth.of(2032, 11);
        YearMonth to = YearMonth.of(2033, 4);
        assertEquals(
                List.of("2032-11", "2032-12", "2033-01", "2033-02", "2033-03", "2033-04"),
                Period.MONTH.between(from, to));
        assertEquals(List.of("2032-Q4", "2033-Q1", "2033-Q2"), Period.QUARTER.between(from, to));
        assertEquals(List.of("2032", "2033"), Period.YEAR.between(from, to));
    }

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertEquals("Oulu keskusta", FiguresCsv.field("Oulu keskusta"));
        assertEquals("\"Oulu, keskusta\"", FiguresCsv.field("Oulu, keskusta"));
        assertEquals("\"Tiimi \"\"A\"\"\"", FiguresCsv.field("Tiimi \"A\""));
        assertEquals("\"'=SUM(A1)\"", FiguresCsv.field("=SUM(A1)"));
        assertEquals("", FiguresCsv.field(""));
    }

    @Test
    void aRangeCoversWholePeriods() {
        org.junit.jupiter.api.Assertions.assertTrue(Period.QUARTER.starts(YearMonth.of(2033, 4)));
        org.junit.jupiter.api.Assertions.assertFalse(Period.QUARTER.starts(YearMonth.of(2033, 5)));
        org.junit.jupiter.api.Assertions.assertTrue(Period.YEAR.starts(YearMonth.of(2034, 1)));
        org.junit.jupiter.api.Assertions.assertFalse(Period.YEAR.starts(YearMonth.of(2033, 12)));
    }

    @Test
    void aMonthLiesInAPeriodFromItsFirstToItsLastMonth() {
        assertEquals(YearMonth.of(2033, 4), Period.QUARTER.first(YearMonth.of(2033, 6)));
        assertEquals(YearMonth.of(2033, 6), Period.QUARTER.last(YearMonth.of(2033, 4)));
        assertEquals(YearMonth.of(2033, 12), Period.QUARTER.last(YearMonth.of(2033, 11)));
        assertEquals(YearMonth.of(2033, 1), Period.YEAR.first(YearMonth.of(2033, 8)));
        assertEquals(YearMonth.of(2033, 12), Period.YEAR.last(YearMonth.of(2033, 8)));
        assertEquals(YearMonth.of(2033, 8), Period.MONTH.first(YearMonth.of(2033, 8)));
    }
}
