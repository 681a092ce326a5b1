package vn.tdkt.support.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The table of a permission-matrix test: for each {@link DemoUser}, the status every request of an enum
 * must answer, written as one line per user so the table reads like the permission model. A
 * {@link PermissionMatrixTest} runs it.
 *
 * <pre>{@code
 * static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
 *         //                        create  read
 *         .row(DemoUser.ADMIN,      201,    200)
 *         ...
 *         .row(DemoUser.OPERATOR,   403,    200);
 * }</pre>
 */
public final class PermissionMatrix<R extends Enum<R>> {

    private final Class<R> requests;
    private final List<Row> rows;

    private PermissionMatrix(Class<R> requests, List<Row> rows) {
        this.requests = requests;
        this.rows = List.copyOf(rows);
    }

    /** An empty table over every constant of {@code requests}, in declaration order. */
    public static <R extends Enum<R>> PermissionMatrix<R> of(Class<R> requests) {
        return new PermissionMatrix<>(requests, List.of());
    }

    /** This table with one more line: {@code user}'s status for each request, in declaration order. */
    public PermissionMatrix<R> row(DemoUser user, int... statuses) {
        int columns = requests.getEnumConstants().length;
        if (statuses.length != columns) {
            throw new IllegalArgumentException(user + ": " + statuses.length + " statuses for " + columns + " requests");
        }
        if (rows.stream().anyMatch(row -> row.user() == user)) {
            throw new IllegalArgumentException(user + " has two rows");
        }
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(user, statuses.clone()));
        return new PermissionMatrix<>(requests, more);
    }

    /** {@code (user, request, status)} for every cell; refuses a table that leaves a demo user out. */
    public Stream<Arguments> decisions() {
        Set<DemoUser> missing = EnumSet.allOf(DemoUser.class);
        rows.forEach(row -> missing.remove(row.user()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no row for " + missing);
        }
        return rows.stream().flatMap(row -> row.arguments(requests).stream());
    }

    /** {@code (badToken, request)} for every bad token of {@link TestTokens#badTokens()} and every request. */
    public Stream<Arguments> badTokens() {
        return badTokens(requests);
    }

    /**
     * {@code (user, request, status)} for every constant of {@code requests}, in declaration order: one line
     * of a table kept by a test that runs its own requests instead of extending {@link PermissionMatrixTest}.
     */
    public static <R extends Enum<R>> List<Arguments> row(DemoUser user, Class<R> requests, int... statuses) {
        return of(requests).row(user, statuses).rows.getFirst().arguments(requests);
    }

    /** {@code (badToken, request)} for every bad token of {@link TestTokens#badTokens()} and every request. */
    public static <R extends Enum<R>> Stream<Arguments> badTokens(Class<R> requests) {
        return TestTokens.badTokens().stream().flatMap(token -> Stream.of(requests.getEnumConstants())
                .map(request -> Arguments.of(token, request)));
    }

    private record Row(DemoUser user, int[] statuses) {

        <R extends Enum<R>> List<Arguments> arguments(Class<R> requests) {
            R[] constants = requests.getEnumConstants();
            return IntStream.range(0, constants.length)
                    .mapToObj(i -> Arguments.of(user, constants[i], statuses[i])).toList();
        }
    }
}
