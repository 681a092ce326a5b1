package vn.tdkt.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, the same shape for every list endpoint of every service. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public PageResponse {
        items = List.copyOf(items);
    }

    public static <T> PageResponse<T> of(PageQuery query, List<T> items, long totalItems) {
        return new PageResponse<>(items, query.page(), query.size(), totalItems);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
