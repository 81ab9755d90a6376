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
        assertEquals(List.of("2032-11", "2032-12", "2033-01", "2033-02", "2033-03", "2033-04"),
                Period.MONTH.between(from, to));
        assertEquals(List.of("2032-Q4", "2033-Q1", "2033-Q2"), Period.QUARTER.between(from, to));
        assertEquals(List.of("2032", "2033"), Period.YEAR.between(from, to));
    }

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertEquals("Oulu keskusta", IndicatorResource.field("Oulu keskusta"));
        assertEquals("\"Oulu, keskusta\"", IndicatorResource.field("Oulu, keskusta"));
        assertEquals("\"Tiimi \"\"A\"\"\"", IndicatorResource.field("Tiimi \"A\""));
        assertEquals("\"'=SUM(A1)\"", IndicatorResource.field("=SUM(A1)"));
        assertEquals("", IndicatorResource.field(""));
    }

    @Test
    void aRangeCoversWholePeriods() {
        org.junit.jupiter.api.Assertions.assertTrue(Period.QUARTER.starts(YearMonth.of(2033, 4)));
        org.junit.jupiter.api.Assertions.assertFalse(Period.QUARTER.starts(YearMonth.of(2033, 5)));
        org.junit.jupiter.api.Assertions.assertTrue(Period.YEAR.starts(YearMonth.of(2034, 1)));
        org.junit.jupiter.api.Assertions.assertFalse(Period.YEAR.starts(YearMonth.of(2033, 12)));
    }
}
