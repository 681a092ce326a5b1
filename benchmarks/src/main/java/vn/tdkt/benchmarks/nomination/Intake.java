package vn.tdkt.benchmarks.nomination;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import vn.tdkt.benchmarks.stack.Arrivals;
import vn.tdkt.benchmarks.stack.Latencies;
import vn.tdkt.benchmarks.stack.ServiceStack;

/**
 * Nomination intake over REST from concurrent clients, each with the district officer's real token, in one of
 * two ways per nominee: a finished dossier in one request, {@code POST /api/v1/nominations} with
 * {@code "submit": true} (201: SUBMITTED, its {@code nomination-submitted} event in the document's outbox); or
 * the pair {@code POST /api/v1/nominations} (the draft: 201, no event, as the contract says) and then
 * {@code POST /api/v1/nominations/{id}/submit} with the draft's ETag (200). A nominee counts as accepted when
 * its dossier is SUBMITTED. Against it, the same number of clients doing the driver's {@code insertOne} of
 * documents of the shape the service stores.
 */
final class Intake {

    /** {@code draft} and {@code submit}: the pair's two requests; null for the one-request intake. */
    record Result(boolean oneRequest, int accepted, double seconds, Latencies draft, Latencies submit, Latencies both,
                  List<String> ids, long lastAnswerNanos) {

        double perSecond() {
            return accepted / seconds;
        }
    }

    record Baseline(int inserted, double seconds, Latencies insertOne) {

        double perSecond() {
            return inserted / seconds;
        }
    }

    private Intake() {
    }

    /**
     * {@code count} nominees of {@code dossiers} through the service from {@code clients} threads at once, in one
     * request each or as draft and submit.
     */
    static Result throughService(ServiceStack stack, Dossiers dossiers, int count, int clients, boolean oneRequest)
            throws Exception {
        stack.token(Dossiers.OFFICER); // signed in before the clock starts
        List<Long> draft = Collections.synchronizedList(new ArrayList<>(count));
        List<Long> submit = Collections.synchronizedList(new ArrayList<>(count));
        List<Long> both = Collections.synchronizedList(new ArrayList<>(count));
        List<String> ids = Collections.synchronizedList(new ArrayList<>(count));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        long[] lastAnswer = new long[clients];
        long start = run(clients, c -> {
            int i;
            while ((i = next.getAndIncrement()) < count && failure.get() == null) {
                java.util.Map<String, Object> request = dossiers.request(i);
                if (oneRequest) {
                    request.put("submit", true);
                }
                String body = ServiceStack.JSON.writeValueAsString(request);
                long t0 = System.nanoTime();
                ServiceStack.Answer drafted = stack.postJson(Dossiers.OFFICER, "/api/v1/nominations", body);
                long t1 = System.nanoTime();
                if (drafted.status() != 201) {
                    failure.compareAndSet(null, "POST /api/v1/nominations answered " + drafted.status() + ": "
                            + drafted.body());
                    return;
                }
                String id = drafted.json().path("id").asString();
                if (oneRequest) {
                    if (!"SUBMITTED".equals(drafted.json().path("status").asString())) {
                        failure.compareAndSet(null, "POST with \"submit\": true answered " + drafted.body());
                        return;
                    }
                    both.add(t1 - t0);
                    ids.add(id);
                    lastAnswer[c] = t1;
                    continue;
                }
                ServiceStack.Answer submitted = stack.post(Dossiers.OFFICER, "/api/v1/nominations/" + id + "/submit",
                        drafted.header("ETag"));
                long t2 = System.nanoTime();
                if (submitted.status() != 200) {
                    failure.compareAndSet(null, "POST /api/v1/nominations/" + id + "/submit answered "
                            + submitted.status() + ": " + submitted.body());
                    return;
                }
                draft.add(t1 - t0);
                submit.add(t2 - t1);
                both.add(t2 - t0);
                ids.add(id);
                lastAnswer[c] = t2;
            }
        });
        long end = System.nanoTime();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        long last = 0;
        for (long t : lastAnswer) {
            last = Math.max(last, t);
        }
        return new Result(oneRequest, ids.size(), (end - start) / 1e9, oneRequest ? null : Latencies.of(draft, 0),
                oneRequest ? null : Latencies.of(submit, 0), Latencies.of(both, 0), List.copyOf(ids), last);
    }

    /**
     * {@code clients} threads each doing the driver's acknowledged {@code insertOne} of the next document; the
     * documents are built before the clock starts.
     */
    static Baseline driverInsertOne(MongoCollection<Document> collection, List<Document> documents, int clients)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(documents.size()));
        AtomicInteger next = new AtomicInteger();
        long start = run(clients, c -> {
            int i;
            while ((i = next.getAndIncrement()) < documents.size()) {
                long t0 = System.nanoTime();
                collection.insertOne(documents.get(i));
                nanos.add(System.nanoTime() - t0);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = collection.countDocuments();
        if (stored != documents.size()) {
            throw new IllegalStateException("the baseline stored " + stored + " documents, not " + documents.size());
        }
        return new Baseline(documents.size(), seconds, Latencies.of(nanos, 0));
    }

    /** {@code GET}s of {@code paths} in turn from {@code clients} threads at once, each answered 200. */
    record Reads(int count, double seconds, Latencies latencies) {

        double perSecond() {
            return count / seconds;
        }
    }

    /**
     * The ceiling of any REST intake on this stack: the same clients, token, filters and JSON, sending
     * {@code GET}s that write nothing ({@code paths}, one request each).
     */
    static Reads reads(ServiceStack stack, List<String> paths, int clients) throws Exception {
        stack.token(Dossiers.OFFICER);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>(paths.size()));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        long start = run(clients, c -> {
            int i;
            while ((i = next.getAndIncrement()) < paths.size() && failure.get() == null) {
                long t0 = System.nanoTime();
                ServiceStack.Answer answer = stack.get(Dossiers.OFFICER, paths.get(i));
                long t1 = System.nanoTime();
                if (answer.status() != 200) {
                    failure.compareAndSet(null, "GET " + paths.get(i) + " answered " + answer.status() + ": "
                            + answer.body());
                    return;
                }
                nanos.add(t1 - t0);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return new Reads(paths.size(), seconds, Latencies.of(nanos, 0));
    }

    /** How the accepted dossiers' events reached Kafka: the last one's time after the last answer (negative: before). */
    record Drain(int received, int lost, double secondsAfterLastAnswer) {
    }

    /**
     * Waits for each accepted dossier's event on {@code arrivals} (a consumer opened before the run), up to
     * {@code timeout} in all; the drain time is from the last answer to the last event.
     */
    static Drain awaitEvents(Arrivals arrivals, Result result, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastArrival = 0;
        int received = 0;
        int lost = 0;
        for (String id : result.ids()) {
            long at = arrivals.await(id, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (at < 0) {
                lost++;
            } else {
                received++;
                lastArrival = Math.max(lastArrival, at);
            }
        }
        return new Drain(received, lost, (lastArrival - result.lastAnswerNanos()) / 1e9);
    }

    interface Client {
        void run(int client) throws Exception;
    }

    /** Starts {@code clients} threads together and waits for all; answers the moment they were released. */
    private static long run(int clients, Client body) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                ready.countDown();
                try {
                    go.await();
                    body.run(client);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            IllegalStateException e = new IllegalStateException("a client failed: " + errors.peek(), errors.peek());
            throw e;
        }
        return start;
    }
}
