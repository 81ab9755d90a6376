package fi.polku.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. Lists are always in a stable order, so paging through them neither skips nor
 * repeats an item while nothing changes.
 *
 * @param items the items on this page
 * @param total how many items the whole list has
 * @param page  the page number, from 0
 * @param size  the page size asked for
 */
@Schema(description = "One page of a list, with the list's total")
public record Page<T>(List<T> items, long total, int page, int size) {

    /**
     * One page of a list that is read whole: a pathway's own lists (its timeline, plan versions, services) and a
     * client's consent history are small, so they are read in full and only the answer is paged.
     */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size(), page, size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
