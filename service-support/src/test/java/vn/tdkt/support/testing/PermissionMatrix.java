package vn.tdkt.support.testing;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Rows of a permission-matrix test: for each {@link DemoUser}, the status every request of an enum
 * must answer, written as one line per user so the table reads like the permission model.
 */
public final class PermissionMatrix {

    private PermissionMatrix() {
    }

    /** {@code (user, request, status)} for every constant of {@code requests}, in declaration order. */
    public static <R extends Enum<R>> List<Arguments> row(DemoUser user, Class<R> requests, int... statuses) {
        R[] constants = requests.getEnumConstants();
        if (statuses.length != constants.length) {
            throw new IllegalArgumentException(user + ": " + statuses.length + " statuses for " + constants.length
                    + " requests");
        }
        return IntStream.range(0, constants.length)
                .mapToObj(i -> Arguments.of(user, constants[i], statuses[i])).toList();
    }

    /** {@code (badToken, request)} for every bad token of {@link TestTokens#badTokens()} and every request. */
    public static <R extends Enum<R>> Stream<Arguments> badTokens(Class<R> requests) {
        return TestTokens.badTokens().stream().flatMap(token -> Stream.of(requests.getEnumConstants())
                .map(request -> Arguments.of(token, request)));
    }
}
