package fi.polku.indicator.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small-cell suppression, as official statistics do it: a figure standing on 1–4 facts is not shown, and no total
 * may give a suppressed cell away. Cells are suppressed before their period's total is compared with them.
 */
final class Suppression {

    static final int THRESHOLD = 5;

    private Suppression() {}

    /** A count or a number of clients: 1–4 hides it (0 is shown: it reveals nobody). */
    static Cell count(Cell cell) {
        return cell.n() != null && cell.n() > 0 && cell.n() < THRESHOLD ? cell.suppress() : cell;
    }

    /** A median, mean or percentile: fewer than 5 facts hide it, and its count is never shown. */
    static Cell statistic(Cell cell) {
        if (cell.n() == null || cell.n() < THRESHOLD) {
            return cell.n() != null && cell.n() == 0
                    ? new Cell(cell.period(), cell.group(), null, null, null, false)
                    : cell.suppress();
        }
        return new Cell(cell.period(), cell.group(), cell.value(), cell.p90(), null, false);
    }

    /**
     * One period's counts with their total. A total of 1–4 is hidden. While the total is shown, the total minus the
     * shown cells is what the hidden ones add up to: so that this gives no cell away, there must be two or more hidden
     * and together 5 or more. Until there are, the smallest other non-zero cell is hidden too; when none is left, the
     * total is.
     */
    static Result counts(List<Cell> cells, Cell total) {
        return counts(cells, total, Set.of(), false);
    }

    /**
     * As {@link #counts(List, Cell)}, with the cells at {@code hide} (indexes) and, if {@code hideTotal}, the total
     * hidden from the start: figures that something outside the period, such as its months, would give away.
     */
    static Result counts(List<Cell> cells, Cell total, Set<Integer> hide, boolean hideTotal) {
        List<Cell> original = cells;
        List<Cell> shown = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            shown.add(hide.contains(i) ? cells.get(i).suppress() : count(cells.get(i)));
        }
        Cell shownTotal = hideTotal ? total.suppress() : count(total);
        while (!shownTotal.suppressed() && revealing(shown, original)) {
            Optional<Integer> next = smallestShown(shown);
            if (next.isPresent()) {
                shown.set(next.get(), shown.get(next.get()).suppress());
            } else {
                shownTotal = shownTotal.suppress();
            }
        }
        return new Result(shown, shownTotal);
    }

    /** Whether what is hidden could be worked out from the total: one cell alone, or cells adding up to under 5. */
    private static boolean revealing(List<Cell> shown, List<Cell> original) {
        long hidden = 0;
        long hiddenSum = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).suppressed()) {
                hidden++;
                hiddenSum += original.get(i).n();
            }
        }
        return hidden > 0 && (hidden == 1 || hiddenSum < THRESHOLD);
    }

    private static Optional<Integer> smallestShown(List<Cell> shown) {
        Integer smallest = null;
        for (int i = 0; i < shown.size(); i++) {
            Cell cell = shown.get(i);
            if (!cell.suppressed()
                    && cell.n() != null
                    && cell.n() > 0
                    && (smallest == null || cell.n() < shown.get(smallest).n())) {
                smallest = i;
            }
        }
        return Optional.ofNullable(smallest);
    }

    record Result(List<Cell> cells, Cell total) {}
}
