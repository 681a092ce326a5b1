package vn.tdkt.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.support.tracing.Traceparents;

/**
 * Publishes the events that aggregate documents hold in their {@code pendingEvents} array, in order, a batch
 * of documents per Kafka transaction (one document per transaction when a batch holds an event Kafka can never
 * take), and removes each one only after its transaction committed. A crash anywhere
 * between the save and the removal means the event is published again (consumers are idempotent), never lost.
 *
 * <p>Runs every {@code tdkt.outbox.poll-interval} and whenever a service calls {@link #nudge()}
 * after saving. Only the instance that holds a collection's lease publishes it, and each new lease term starts
 * by initialising the collection's transactional producer before reading anything: that fences the previous
 * term's producer, so an owner that stalled past its lease cannot publish what it read before the takeover.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String PENDING_INDEX = "outbox_pending";
    private static final String PENDING_KEY = PendingEvent.FIELD + ".eventId";
    /** Holds exactly for a non-empty outbox (every pending event has an id); the partial index's filter. */
    private static final Criteria PENDING = Criteria.where(PENDING_KEY).exists(true);
    /** Bounds one pass, so that a collection written faster than it is published cannot starve the others. */
    private static final int MAX_BATCHES_PER_PASS = 50;

    private final MongoOperations mongo;
    private final Function<String, EventSender> senderFactory;
    private final Map<String, EventSender> senders = new ConcurrentHashMap<>();
    /** Per collection, the lease generation its producer was initialised for; absent when it must be (again). */
    private final Map<String, Long> initialised = new ConcurrentHashMap<>();
    private final OutboxProperties properties;
    private final String source;
    private final OutboxLease lease;
    private final ParkedEvents parked;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final Timer publishTimer;
    private final Counter failures;
    private final Counter parkedCount;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Instant> oldest = new AtomicReference<>();
    private final ReentrantLock passLock = new ReentrantLock();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicReference<Instant> failingSince = new AtomicReference<>();
    private final AtomicBoolean sendsFailing = new AtomicBoolean();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final Set<String> indexWarned = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> holds = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    /** @param senders the sender of each collection: a transactional producer with the collection's own id */
    OutboxRelay(MongoOperations mongo, Function<String, EventSender> senders, OutboxProperties properties, String source,
                OutboxLease lease, ParkedEvents parked, MeterRegistry meters,
                ObservationRegistry observations, Clock clock) {
        this.mongo = mongo;
        this.senderFactory = senders;
        this.properties = properties;
        this.source = source;
        this.lease = lease;
        this.parked = parked;
        this.meters = meters;
        this.observations = observations;
        this.clock = clock;
        this.publishTimer = Timer.builder("tdkt.outbox.publish")
                .description("Time from handing an outbox event to Kafka to its acknowledgement")
                .register(meters);
        this.failures = Counter.builder("tdkt.outbox.failures")
                .description("Outbox sends that were not acknowledged; the events stay pending")
                .register(meters);
        this.parkedCount = Counter.builder("tdkt.outbox.parked")
                .description("Events the broker can never take, moved to outbox_parked so the rest flows")
                .register(meters);
        Gauge.builder("tdkt.outbox.backlog", backlog, AtomicLong::get)
                .description("Events still pending in this instance's outbox collections after the last pass")
                .register(meters);
        Gauge.builder("tdkt.outbox.oldest.age.seconds", this, OutboxRelay::oldestAgeSeconds)
                .description("Age of the oldest event still pending after the last pass")
                .baseUnit("seconds")
                .register(meters);
    }

    /**
     * One pass over every configured collection whose lease this instance can take.
     *
     * @return how many events were published (acknowledged and removed)
     */
    public int publishPending() {
        passLock.lock();
        try {
            int published = 0;
            long remaining = 0;
            Instant oldestRemaining = null;
            for (String collection : properties.collections()) {
                if (heldBack(collection)) {
                    continue;
                }
                OutboxLease.Lease held = lease.acquire(collection);
                if (held == null) {
                    continue;
                }
                CollectionPass pass = new CollectionPass(collection, held, senders.computeIfAbsent(collection,
                        senderFactory));
                pass.run();
                published += pass.published;
                remaining += pass.remaining;
                oldestRemaining = earlier(oldestRemaining, pass.oldestRemaining);
            }
            backlog.set(remaining);
            oldest.set(oldestRemaining);
            return published;
        } finally {
            passLock.unlock();
        }
    }

    /**
     * Holds back this instance's publishing of {@code collection} until the returned hold is closed, then asks
     * for a pass. For a bulk write of many documents (a CSV import): publishing while it writes makes the two
     * compete for the same CPU and database, slowing both, while the events wait in their documents all the
     * same and go right after it, in order. Other collections, and other instances holding the lease, go on.
     */
    public Hold holdBack(String collection) {
        holds.computeIfAbsent(collection, c -> new AtomicLong()).incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                holds.get(collection).decrementAndGet();
                nudge();
            }
        };
    }

    private boolean heldBack(String collection) {
        AtomicLong count = holds.get(collection);
        return count != null && count.get() > 0;
    }

    /** An open hold on a collection's publishing; closing it (once) releases it. */
    @FunctionalInterface
    public interface Hold extends AutoCloseable {

        @Override
        void close();
    }

    /** Asks for a pass soon, on the relay's own thread; returns at once. */
    public void nudge() {
        ScheduledExecutorService current = executor;
        if (current != null && nudged.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudged.set(false);
                    safePass();
                });
            } catch (RuntimeException shuttingDown) {
                nudged.set(false);
            }
        }
    }

    private void safePass() {
        try {
            publishPending();
            failingSince.set(null);
        } catch (RuntimeException e) {
            // Warn once per outage (e.g. MongoDB unreachable), not every poll interval.
            if (failingSince.compareAndSet(null, clock.instant())) {
                log.warn("Outbox pass failed; pending events stay and are retried: {}", e.toString());
            } else {
                log.debug("Outbox pass failed again: {}", e.toString());
            }
        }
    }

    /**
     * The relay's index: only documents with pending events are in it, so the query every poll interval reads
     * those and not the collection. Partial (not sparse), because both MongoDB and embedded-mongo use a partial
     * index exactly when the query states its filter, and an event id is a small key. Created once per collection;
     * a failure (MongoDB away, a conflicting index) is retried on the next pass and never stops publishing.
     */
    private void ensureIndex(String collection) {
        if (indexed.contains(collection)) {
            return;
        }
        try {
            mongo.indexOps(collection).createIndex(new Index().on(PENDING_KEY, Sort.Direction.ASC)
                    .named(PENDING_INDEX).partial(PartialIndexFilter.of(PENDING)));
            indexed.add(collection);
        } catch (RuntimeException e) {
            // Without the index the query is slower, not wrong: publish anyway, and try again next pass.
            if (indexWarned.add(collection)) {
                log.warn("Could not create the outbox index {} on {}; relaying without it: {}", PENDING_INDEX,
                        collection, e.toString());
            }
        }
    }

    /** Publishes one collection's pending events, document by document, in array order. */
    private final class CollectionPass {

        private final String collection;
        private final EventSender sender;
        private final long generation;
        private Instant leasedUntil;
        private int published;
        private long remaining;
        private Instant oldestRemaining;
        /** Set by a failure, a fencing or a lost lease: the rest of the pass only counts what is left. */
        private boolean stopped;

        CollectionPass(String collection, OutboxLease.Lease held, EventSender sender) {
            this.collection = collection;
            this.sender = sender;
            this.generation = held.generation();
            this.leasedUntil = held.until();
        }

        /**
         * A new lease term (or a producer dropped after a failure) starts with a new producer, initialised before
         * the first read: events read later are at least as new as the moment this term fenced the previous one.
         */
        private void initialise() {
            if (Long.valueOf(generation).equals(initialised.get(collection))) {
                return;
            }
            try {
                sender.init();
                initialised.put(collection, generation);
            } catch (RuntimeException e) {
                failed(null, e);
            }
        }

        /**
         * Reads pending documents a batch at a time through the partial index, and reads the next batch only
         * while every document of the last one was drained (then they have left the index).
         */
        void run() {
            ensureIndex(collection);
            initialise();
            for (int batches = 0; batches < MAX_BATCHES_PER_PASS; batches++) {
                Query query = new Query(PENDING).limit(properties.batchSize());
                query.fields().include(PendingEvent.FIELD);
                List<Document> batch = mongo.find(query, Document.class, collection);
                List<List<PendingEvent>> pending = batch.stream().map(PendingEvents::from).toList();
                Map<Object, List<String>> together = stopped || !holdLease() ? Map.of() : together(batch, pending);
                boolean drained = true;
                for (int i = 0; i < batch.size(); i++) {
                    Object id = batch.get(i).get("_id");
                    List<PendingEvent> events = pending.get(i);
                    List<String> removed = together != null ? together.getOrDefault(id, List.of())
                            : stopped || !holdLease() ? List.of() : observed(id, events);
                    for (PendingEvent left : events) {
                        if (!removed.contains(left.eventId())) {
                            drained = false;
                            remaining++;
                            oldestRemaining = earlier(oldestRemaining, left.occurredAt());
                        }
                    }
                }
                if (batch.size() < properties.batchSize() || !drained) {
                    return;
                }
            }
        }

        /**
         * The fast path: every event of the batch in one transaction, sent without waiting for each
         * acknowledgement, then one commit and one bulk removal. A transaction and a round trip per document
         * made a bulk import's backlog drain at a few hundred events a second while competing for the CPU with
         * the import itself. Per key the order holds: a document's events go in array order to one partition
         * of an idempotent producer. What it cannot do is tell a poison event from the healthy ones queued
         * behind it in the same transaction, so when one is found the transaction is aborted and the batch goes
         * again document by document ({@link #publish}), which parks exactly the poison.
         *
         * @return the ids removed per document id, or null when the batch must go document by document
         */
        private Map<Object, List<String>> together(List<Document> batch, List<List<PendingEvent>> pending) {
            if (pending.stream().allMatch(List::isEmpty)) {
                return Map.of();
            }
            return Observation.createNotStarted("tdkt.outbox.relay", observations)
                    .lowCardinalityKeyValue("collection", collection)
                    .observe(() -> sendTogether(batch, pending));
        }

        private Map<Object, List<String>> sendTogether(List<Document> batch, List<List<PendingEvent>> pending) {
            PendingEvent first = pending.stream().flatMap(List::stream).findFirst().orElseThrow();
            try {
                sender.begin();
            } catch (RuntimeException e) {
                failed(first, e);
                return Map.of();
            }
            List<List<Sending>> sendings = new ArrayList<>();
            for (List<PendingEvent> events : pending) {
                sendings.add(events.stream().map(this::start).toList());
            }
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            Map<Object, List<String>> acknowledged = new java.util.LinkedHashMap<>();
            PendingEvent failedEvent = null;
            Throwable failure = null;
            for (int i = 0; i < batch.size(); i++) {
                List<String> prefix = new ArrayList<>();
                List<Sending> ofDocument = sendings.get(i);
                for (int j = 0; j < ofDocument.size(); j++) {
                    Sending sending = ofDocument.get(j);
                    Throwable cause = sending.await(deadline);
                    if (cause instanceof UnpublishableEventException) {
                        return abortForOneByOne(sending.event);
                    }
                    if (cause != null && failure == null) {
                        failure = cause;
                        failedEvent = sending.event;
                    }
                    if (cause == null && prefix.size() == j) {
                        prefix.add(sending.event.eventId());
                    }
                }
                acknowledged.put(batch.get(i).get("_id"), prefix);
            }
            try {
                // As for one document: commit whatever was sent even after a failed ack; each document's
                // acknowledged prefix is removed, the rest is published again (a duplicate, never a loss).
                sender.commit();
            } catch (RuntimeException e) {
                failed(failedEvent != null ? failedEvent : first, failure == null ? e : failure);
                return Map.of();
            }
            BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            int removals = 0;
            for (Map.Entry<Object, List<String>> entry : acknowledged.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    removal.updateOne(new Query(Criteria.where("_id").is(entry.getKey())),
                            new Update().pull(PendingEvent.FIELD,
                                    new Document("eventId", new Document("$in", entry.getValue()))));
                    removals++;
                }
            }
            if (removals > 0) {
                removal.execute();
            }
            for (int i = 0; i < batch.size(); i++) {
                int count = acknowledged.get(batch.get(i).get("_id")).size();
                pending.get(i).subList(0, count).forEach(event ->
                        meters.counter("tdkt.outbox.published", "type", event.type()).increment());
                published += count;
            }
            if (failure != null) {
                failed(failedEvent, failure);
            } else if (sendsFailing.compareAndSet(true, false)) {
                log.info("Kafka acknowledges outbox events again");
            }
            return acknowledged;
        }

        /** A poison event in a shared transaction: abort it, and let the batch go document by document. */
        private Map<Object, List<String>> abortForOneByOne(PendingEvent poison) {
            try {
                sender.abort();
            } catch (RuntimeException e) {
                failed(poison, e);
                return Map.of();
            }
            log.debug("Event {} of {} cannot be published; its batch goes again document by document",
                    poison.eventId(), collection);
            return null;
        }

        /**
         * Renews the lease when less than a send timeout of it is left, so it cannot lapse mid-send. A renewal
         * that finds a new term (we lost the lease and took it again) ends the pass: what it read belongs to the
         * old term, and the next pass initialises the producer anew before reading.
         */
        private boolean holdLease() {
            if (clock.instant().plus(properties.sendTimeout().multipliedBy(2)).isBefore(leasedUntil)) {
                return true;
            }
            OutboxLease.Lease renewed = lease.acquire(collection);
            if (renewed == null || renewed.generation() != generation) {
                stopped = true;
                return false;
            }
            leasedUntil = renewed.until();
            return true;
        }

        /** One document's publication, observed (with tracing, the parent of sends that carry no stored trace). */
        private List<String> observed(Object id, List<PendingEvent> events) {
            List<String> removed = Observation.createNotStarted("tdkt.outbox.relay", observations)
                    .lowCardinalityKeyValue("collection", collection)
                    .observe(() -> publish(id, events));
            return removed == null ? List.of() : removed;
        }

        /**
         * Sends the events one by one in one transaction, each after the previous one was acknowledged, commits,
         * removes the acknowledged prefix (or parks a poison event); returns the ids removed. One at a time because
         * in a transaction a failed send fails the records queued behind it with the same exception: sent
         * together, a healthy event could look like the poison one. Each send is a producer span that continues
         * the trace stored with the event (the request that appended it), and the record's {@code traceparent}
         * names that span, so consumers continue it too.
         */
        private List<String> publish(Object id, List<PendingEvent> events) {
            if (events.isEmpty()) {
                return List.of();
            }
            try {
                sender.begin();
            } catch (RuntimeException e) {
                failed(events.getFirst(), e);
                return List.of();
            }
            int prefix = 0;
            PendingEvent poison = null;
            Throwable failure = null;
            for (PendingEvent event : events) {
                Throwable cause = sendAndAwait(event);
                if (cause == null) {
                    prefix++;
                    continue;
                }
                if (cause instanceof UnpublishableEventException) {
                    poison = event;
                }
                failure = cause;
                break;
            }
            List<String> removed = new ArrayList<>();
            if (poison == null) {
                try {
                    // Commits whatever was sent even after a failed ack (if the producer can): the acknowledged
                    // prefix is then removed, the rest stays and is published again (a duplicate, never a loss).
                    sender.commit();
                    events.subList(0, prefix).forEach(event -> removed.add(event.eventId()));
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                failed(events.get(Math.min(prefix, events.size() - 1)), poison == null ? failure : null);
            }
            if (poison != null) {
                // Retrying would fail the same way and hold up everything behind it: set it aside (before
                // removing it, so a crash in between parks it twice, never loses it). Its transaction is aborted,
                // so the others of this document go again in the next pass, poison-free. Later events of this
                // aggregate still flow: each carries the aggregate's full state.
                parked.park(collection, id, poison, failure.getMessage(), clock.instant());
                parkedCount.increment();
                log.error("Event {} ({}) of {} {} can never be published and is parked in {}: {}",
                        poison.eventId(), poison.type(), collection, id, ParkedEvents.COLLECTION, failure.getMessage());
                removed.add(poison.eventId());
            }
            if (!removed.isEmpty()) {
                // $pull by id, not $set of the array and no @Version bump: a command saving the document
                // concurrently either keeps its own new events or re-adds these (a duplicate). No lease check in
                // this write: it removes only events whose transaction committed, which is right whoever removes them.
                mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                        new Update().pull(PendingEvent.FIELD,
                                new Document("eventId", new Document("$in", removed))),
                        collection);
            }
            if (poison == null && !removed.isEmpty()) {
                List<PendingEvent> acknowledged = events.subList(0, prefix);
                acknowledged.forEach(event -> meters.counter("tdkt.outbox.published", "type", event.type()).increment());
                published += acknowledged.size();
                if (failure == null && sendsFailing.compareAndSet(true, false)) {
                    log.info("Kafka acknowledges outbox events again");
                }
            }
            return removed;
        }

        /** Sends one event in a producer span and awaits its acknowledgement; returns the failure, or null. */
        private Throwable sendAndAwait(PendingEvent event) {
            return start(event).await(System.nanoTime() + properties.sendTimeout().toNanos());
        }

        /** Hands one event to the producer in a producer span, without waiting for its acknowledgement. */
        private Sending start(PendingEvent event) {
            Observation send = Traceparents.continuing("tdkt.outbox.send", event.traceparent(), Kind.PRODUCER,
                            observations)
                    .contextualName(event.topic() + " publish")
                    .lowCardinalityKeyValue("topic", event.topic())
                    .start();
            long started = System.nanoTime();
            CompletableFuture<Void> ack;
            if (event.topic() == null || event.payload() == null) {
                ack = CompletableFuture.failedFuture(
                        new UnpublishableEventException("malformed pending event: no topic or no payload", null));
            } else {
                try (Observation.Scope ignored = send.openScope()) {
                    String current = Traceparents.current();
                    ack = sender.send(event, source, current != null ? current : event.traceparent());
                } catch (RuntimeException e) {
                    ack = CompletableFuture.failedFuture(e);
                }
            }
            return new Sending(event, send, started, ack);
        }

                /**
         * Ends the pass after a failure: drops the producer (aborting its transaction; the next pass initialises a new
         * one, or another instance's does) and keeps every event not removed pending. Poison alone is no failure.
         */
        private void failed(PendingEvent event, Throwable failure) {
            stopped = true;
            initialised.remove(collection);
            sender.reset();
            if (failure == null) {
                return;
            }
            failures.increment();
            if (failure instanceof OutboxFencedException) {
                log.warn("Outbox relay of {} stops: another instance took the lease and fenced this one; nothing it"
                        + " read is published or removed: {}", collection, failure.getMessage());
            } else if (sendsFailing.compareAndSet(false, true)) {
                log.warn("Outbox of {} not published by Kafka ({}); the events stay pending and are retried"
                        + " (further failures at DEBUG until a send succeeds): {}", collection,
                        event == null ? "starting the producer" : "event " + event.eventId() + ", " + event.type(),
                        failure.toString());
            } else {
                log.debug("Outbox events still not acknowledged: {}", failure.toString());
            }
        }
    }

    /** One event handed to the producer: its span, when it was handed over, and its acknowledgement. */
    private final class Sending {

        private final PendingEvent event;
        private final Observation span;
        private final long started;
        private final CompletableFuture<Void> ack;

        Sending(PendingEvent event, Observation span, long started, CompletableFuture<Void> ack) {
            this.event = event;
            this.span = span;
            this.started = started;
            this.ack = ack;
        }

        /** Waits until {@code deadline} (System.nanoTime) for the acknowledgement; returns the failure, or null. */
        Throwable await(long deadline) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                publishTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                return null;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                span.error(cause);
                return cause;
            } finally {
                span.stop();
            }
        }
    }

    private double oldestAgeSeconds() {
        Instant first = oldest.get();
        return first == null ? 0 : Math.max(0, Duration.between(first, clock.instant()).toMillis() / 1000.0);
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    @Override
    public void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tdkt-outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, properties.pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::safePass, interval, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            running.awaitTermination(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String collection : properties.collections()) {
            try {
                lease.release(collection);
            } catch (RuntimeException e) {
                log.debug("Could not release outbox lease of {}: {}", collection, e.toString());
            }
        }
        senders.values().forEach(EventSender::close);
        // A restarted relay initialises its producers anew, whatever the lease says.
        initialised.clear();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Mongo client and after the web server (default phase). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
