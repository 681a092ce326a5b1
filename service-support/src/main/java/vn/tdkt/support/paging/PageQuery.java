package vn.tdkt.support.paging;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The page a list endpoint is asked for: {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}.
 * Every list endpoint takes these two query parameters and answers a {@link PageResponse}; a bound
 * on the size keeps one request from reading a whole collection.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Far beyond any real list, and small enough that page × size stays a safe skip. */
    public static final int MAX_PAGE = 100_000;

    public PageQuery {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "must be between 0 and " + MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Documents to skip before this page. */
    public long offset() {
        return (long) page * size;
    }
}
