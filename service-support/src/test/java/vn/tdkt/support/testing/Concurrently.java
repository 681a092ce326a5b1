package vn.tdkt.support.testing;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs an action on every item from a small thread pool, to race writers against each other. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Applies {@code action} to every item on {@code threads} threads; rethrows the first failure. */
    public static <T> void applyAll(List<T> items, Function<T, ?> action, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> tasks = items.stream().<Callable<Object>>map(item -> () -> action.apply(item)).toList();
            for (Future<Object> result : pool.invokeAll(tasks)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
