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
}
