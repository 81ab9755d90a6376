package fi.polku.indicator.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-cell suppression, as official statistics do it: a figure standing on 1–4 facts is not shown, and no total
 * may give a suppressed cell away. Cells are suppressed before their period's total is compared with them.
 */
final class Suppression {

    static final int THRESHOLD = 5;

    private Suppression() {
    }

    /** A count or a number of clients: 1–4 hides it (0 is shown: it reveals nobody). */
    static Cell count(Cell cell) {
        return cell.n() != null && cell.n() > 0 && cell.n() < THRESHOLD ? cell.suppress() : cell;
    }

    /** A median, mean or percentile: fewer than 5 facts hide it, and its count is never shown. */
    static Cell statistic(Cell cell) {
        if (cell.n() == null || cell.n() < THRESHOLD) {
            return cell.n() != null && cell.n() == 0 ? new Cell(cell.period(), cell.group(), null, null, null, false)
                    : cell.suppress();
        }
        return new Cell(cell.period(), cell.group(), cell.value(), cell.p90(), null, false);
    }

    /**
     * One period's counts with their total. A total of 1–4 is hidden. If exactly one cell is hidden and the total is
     * shown, the total minus the others would give it away, so the smallest other non-zero cell is hidden too; if
     * there is none, the total is.
     */
    static Result counts(List<Cell> cells, Cell total) {
        List<Cell> shown = new ArrayList<>(cells.stream().map(Suppression::count).toList());
        Cell shownTotal = count(total);
        long hidden = shown.stream().filter(Cell::suppressed).count();
        if (hidden == 1 && !shownTotal.suppressed()) {
            Optional<Cell> next = shown.stream().filter(c -> !c.suppressed() && c.n() != null && c.n() > 0)
                    .min(Comparator.comparingLong(Cell::n));
            if (next.isPresent()) {
                shown.set(shown.indexOf(next.get()), next.get().suppress());
            } else {
                shownTotal = shownTotal.suppress();
            }
        }
        return new Result(shown, shownTotal);
    }

    record Result(List<Cell> cells, Cell total) {
    }
}
