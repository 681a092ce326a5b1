package vn.tdkt.systemtests;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded, steady load of today's commands on campaign-service (register units under the demo tree,
 * update them, draft campaigns, launch them and move them to mid-term review), one command at a time
 * at a fixed rate over loopback, seeded so that every run sends the same mix. It remembers what each
 * answer promised, so that {@link FaultChecks} can look for it in every service and the mailbox.
 *
 * <p>Single-threaded on purpose: the commands on one aggregate are ordered, so the expected end state is
 * the last accepted command's, or that of an unanswered one after it (which may or may not have been
 * stored). An aggregate with an unanswered command gets no further commands.
 */
final class LoadGenerator {

    private static final Logger log = LoggerFactory.getLogger(LoadGenerator.class);
    static final String PARENT = "LS-CL"; // a district of the demo tree
    static final String OTHER_PARENT = "LS-HL"; // another, where moves take units
    /** Flood commands are numbered from here, apart from the steady load's. */
    static final int FLOOD_SEQ = 1_000_000;
    /** Subject verbs of notification-service's phase emails (PhaseChangeEmail). */
    static final Map<String, String> ACTIONS = Map.of("LAUNCHED", "Phát động", "MIDTERM_REVIEW", "Sơ kết");

    enum Outcome { ACCEPTED, REFUSED, UNANSWERED }

    /** One request and its answer; {@code phase} is the fault it was sent under. */
    record Command(int seq, String phase, String kind, String target, Outcome outcome, int status) {
        @Override
        public String toString() {
            return "#" + seq + " " + kind + " " + target + " (" + phase + ") → " + (status == 0 ? outcome : status);
        }
    }

    /** A unit registered by the load; its contact is its own, so every mail to it is attributable. */
    static final class LoadUnit {
        final String code;
        final List<String> contacts;
        String acceptedName;
        Command acceptedBy;
        String unansweredName;
        Command unansweredBy;
        /** Where the last accepted move put it (null: under {@link #PARENT}, where it was registered). */
        String acceptedParent;
        String unansweredParent;
        /** The successor of an accepted (or unanswered) merger of this unit. */
        String mergedInto;
        /** Named by a campaign: kept out of mergers, so that the campaign's recipients stay what the checks expect. */
        boolean inCampaign;

        LoadUnit(String code, List<String> contacts) {
            this.code = code;
            this.contacts = contacts;
        }

        boolean usable() {
            return acceptedBy != null && unansweredBy == null && mergedInto == null;
        }

        String expectedParent() {
            return acceptedParent == null ? PARENT : acceptedParent;
        }
    }

    /** A phase email the campaign's contacts must each get exactly once (accepted) or at most once (unanswered). */
    record Mailing(String phase, String action, Command command) {
    }

    static final class LoadCampaign {
        final String id;
        final String title;
        final LoadUnit organiser;
        final List<LoadUnit> recipients;
        String acceptedPhase = "DRAFT";
        Command acceptedBy;
        String unansweredPhase;
        Command unansweredBy;
        final List<Mailing> mailings = new ArrayList<>();
        /** Titles of the milestones accepted (or unanswered) for it. */
        final List<String> milestones = new ArrayList<>();
        final List<Command> milestoneCommands = new ArrayList<>();

        LoadCampaign(String id, String title, LoadUnit organiser, List<LoadUnit> recipients, Command created) {
            this.id = id;
            this.title = title;
            this.organiser = organiser;
            this.recipients = recipients;
            this.acceptedBy = created;
        }

        List<String> contacts() {
            List<String> all = new ArrayList<>(organiser.contacts);
            recipients.forEach(r -> r.contacts.stream().filter(c -> !all.contains(c)).forEach(all::add));
            return all;
        }
    }

    private final String campaignUrl;
    private final Supplier<String> token;
    private final String tag;
    private final Random random = new Random(10);
    private final List<Command> commands = new ArrayList<>();
    private final Map<String, LoadUnit> units = new LinkedHashMap<>();
    private final Map<String, LoadCampaign> campaigns = new LinkedHashMap<>();
    private int seq;

    /** @param tag upper-case letters and digits that make this run's codes and titles unique */
    LoadGenerator(String campaignUrl, Supplier<String> token, String tag) {
        this.campaignUrl = campaignUrl;
        this.token = token;
        this.tag = tag;
    }

    /** A running load: {@link #stop()} ends it and returns the commands it sent. */
    final class Run {
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final Thread thread;
        private final int from;

        private Run(String phase, double perSecond, int maxCommands, Duration maxTime) {
            synchronized (LoadGenerator.this) {
                from = commands.size();
            }
            long periodNanos = (long) (1_000_000_000 / perSecond);
            thread = Thread.ofPlatform().name("load-" + phase).start(() -> {
                long begin = System.nanoTime();
                long next = begin;
                for (int sent = 0; sent < maxCommands && !stopping.get()
                        && System.nanoTime() - begin < maxTime.toNanos(); sent++) {
                    next(phase);
                    next += periodNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(Duration.ofNanos(wait)); // the rate, not a correctness wait
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
        }

        List<Command> stop() {
            stopping.set(true);
            try {
                thread.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                thread.interrupt();
                throw new IllegalStateException("the load generator did not stop within 60 s");
            }
            synchronized (LoadGenerator.this) {
                return List.copyOf(commands.subList(from, commands.size()));
            }
        }
    }

    /** Starts sending commands of {@code phase} until {@link Run#stop()}, {@code maxCommands} or {@code maxTime}. */
    Run start(String phase, double perSecond, int maxCommands, Duration maxTime) {
        return new Run(phase, perSecond, maxCommands, maxTime);
    }

    synchronized List<Command> commands() {
        return List.copyOf(commands);
    }

    synchronized List<LoadUnit> units() {
        return List.copyOf(units.values());
    }

    synchronized List<LoadCampaign> campaigns() {
        return List.copyOf(campaigns.values());
    }

    /** One command, chosen from a fixed mix; falls back to registering a unit when the choice has nothing to act on. */
    private synchronized void next(String phase) {
        List<LoadUnit> usable = units.values().stream().filter(LoadUnit::usable).toList();
        int choice = random.nextInt(9);
        boolean done = switch (choice) {
            case 1, 5 -> !usable.isEmpty() && updateUnit(phase, usable.get(random.nextInt(usable.size())));
            case 2 -> usable.size() >= 3 && createCampaign(phase, usable);
            case 3 -> move(phase, "DRAFT", "LAUNCHED");
            case 4 -> move(phase, "LAUNCHED", "MIDTERM_REVIEW");
            case 6 -> !usable.isEmpty() && moveUnit(phase, usable.get(random.nextInt(usable.size())));
            case 7 -> mergeUnits(phase, usable);
            case 8 -> addMilestone(phase);
            default -> false;
        };
        if (!done) {
            registerUnit(phase);
        }
    }

    /** Moves a unit between two districts of the demo tree (issue 11's moves). */
    private boolean moveUnit(String phase, LoadUnit unit) {
        String to = unit.expectedParent().equals(PARENT) ? OTHER_PARENT : PARENT;
        Command c = send(phase, "move unit", unit.code, 200, () -> Api.post(campaignUrl + "/api/v1/units/" + unit.code + "/moves",
                Map.of("newParentCode", to), token.get()));
        switch (c.outcome()) {
            case ACCEPTED -> {
                unit.acceptedParent = to;
                unit.acceptedBy = c;
            }
            case UNANSWERED -> {
                unit.unansweredParent = to;
                unit.unansweredBy = c;
            }
            case REFUSED -> { }
        }
        return true;
    }

    /**
     * Merges two units no campaign names into a new commune (issue 11's mergers, as in the 2025 reform);
     * the successor joins the load's units, so it is checked and used like any other.
     */
    private boolean mergeUnits(String phase, List<LoadUnit> usable) {
        List<LoadUnit> free = usable.stream().filter(u -> !u.inCampaign).toList();
        if (free.size() < 2) {
            return false;
        }
        List<LoadUnit> sources = List.of(free.get(0), free.get(1));
        String code = PARENT + "-" + tag + "M" + (units.size() + 1);
        LoadUnit successor = new LoadUnit(code, List.of(contactOf(code)));
        String name = "UBND xã kiểm thử sau sáp nhập " + code;
        Map<String, Object> body = Map.of("effectiveDate", "2026-07-01",
                "sourceCodes", sources.stream().map(u -> u.code).toList(),
                "successor", unitBody(code, name, successor.contacts.get(0)));
        Command c = send(phase, "merge units", code, 201, () -> Api.post(campaignUrl + "/api/v1/units/mergers", body, token.get()));
        if (c.outcome() != Outcome.REFUSED) {
            units.put(code, successor);
            record(successor, name, c);
            for (LoadUnit source : sources) {
                source.mergedInto = code;
                if (c.outcome() == Outcome.UNANSWERED) {
                    source.unansweredBy = c;
                }
            }
        }
        return true;
    }

    /** Adds a dated milestone to a launched campaign (an addition the plans allow after launch). */
    private boolean addMilestone(String phase) {
        List<LoadCampaign> candidates = campaigns.values().stream()
                .filter(k -> k.unansweredBy == null && "LAUNCHED".equals(k.acceptedPhase)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        LoadCampaign campaign = candidates.get(random.nextInt(candidates.size()));
        String title = "Mốc sơ kết kiểm thử " + (seq + 1);
        Command c = send(phase, "add milestone", campaign.title, 200,
                () -> Api.post(campaignUrl + "/api/v1/campaigns/" + campaign.id + "/milestones",
                        Map.of("date", "2026-10-10", "title", title), token.get()));
        if (c.outcome() != Outcome.REFUSED) {
            campaign.milestones.add(title);
            campaign.milestoneCommands.add(c);
            if (c.outcome() == Outcome.UNANSWERED) {
                campaign.unansweredBy = c;
                campaign.unansweredPhase = campaign.acceptedPhase;
            }
        }
        return true;
    }

    private void registerUnit(String phase) {
        String code = PARENT + "-" + tag + "U" + (units.size() + 1);
        LoadUnit unit = new LoadUnit(code, List.of(contactOf(code)));
        String name = "UBND xã kiểm thử " + code;
        Map<String, Object> body = unitBody(code, name, unit.contacts.get(0));
        Command c = send(phase, "register unit", code, 201, () -> Api.post(campaignUrl + "/api/v1/units", body, token.get()));
        units.put(code, unit);
        record(unit, name, c);
    }

    private boolean updateUnit(String phase, LoadUnit unit) {
        String name = "UBND xã kiểm thử " + unit.code + " (cập nhật " + (seq + 1) + ")";
        Map<String, Object> body = Map.of("name", name, "staffCount", 10 + seq, "contactEmails", unit.contacts);
        Command c = send(phase, "update unit", unit.code, 200,
                () -> Api.put(campaignUrl + "/api/v1/units/" + unit.code, body, token.get()));
        record(unit, name, c);
        return true;
    }

    private static void record(LoadUnit unit, String name, Command c) {
        switch (c.outcome()) {
            case ACCEPTED -> {
                unit.acceptedName = name;
                unit.acceptedBy = c;
            }
            case UNANSWERED -> {
                unit.unansweredName = name;
                unit.unansweredBy = c;
            }
            case REFUSED -> { }
        }
    }

    private boolean createCampaign(String phase, List<LoadUnit> usable) {
        List<LoadUnit> shuffled = new ArrayList<>(usable);
        java.util.Collections.shuffle(shuffled, random);
        LoadUnit organiser = shuffled.get(0);
        List<LoadUnit> recipients = List.of(shuffled.get(1), shuffled.get(2));
        organiser.inCampaign = true;
        recipients.forEach(r -> r.inCampaign = true);
        String title = "Phong trào thi đua kiểm thử sự cố " + tag + "-C" + (campaigns.size() + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("theme", "Đổi mới, sáng tạo, tăng tốc, bứt phá");
        body.put("kind", "THEMATIC");
        body.put("organiserUnitCode", organiser.code);
        body.put("legalBasis", List.of(Map.of("number", "138/KH-UBND", "date", "2026-06-10", "issuer", "UBND tỉnh Lạng Sơn")));
        body.put("startDate", "2026-07-01");
        body.put("endDate", "2026-12-31");
        body.put("recipientUnitCodes", recipients.stream().map(u -> u.code).toList());
        Api.Response[] answer = new Api.Response[1];
        Command c = send(phase, "draft campaign", title, 201, () -> {
            answer[0] = Api.post(campaignUrl + "/api/v1/campaigns", body, token.get());
            return answer[0];
        });
        if (c.outcome() == Outcome.ACCEPTED) {
            String id = answer[0].json().path("id").asString();
            campaigns.put(id, new LoadCampaign(id, title, organiser, recipients, c));
        }
        return true; // an unanswered draft is not followed up: its id is unknown
    }

    private boolean move(String phase, String from, String to) {
        List<LoadCampaign> candidates = campaigns.values().stream()
                .filter(k -> k.unansweredBy == null && from.equals(k.acceptedPhase)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        LoadCampaign campaign = candidates.get(random.nextInt(candidates.size()));
        Command c = send(phase, "move campaign to " + to, campaign.title, 200,
                () -> Api.post(campaignUrl + "/api/v1/campaigns/" + campaign.id + "/transitions", Map.of("to", to),
                        token.get()));
        switch (c.outcome()) {
            case ACCEPTED -> {
                campaign.acceptedPhase = to;
                campaign.acceptedBy = c;
                campaign.mailings.add(new Mailing(to, ACTIONS.get(to), c));
            }
            case UNANSWERED -> {
                campaign.unansweredPhase = to;
                campaign.unansweredBy = c;
                campaign.mailings.add(new Mailing(to, ACTIONS.get(to), c));
            }
            case REFUSED -> { }
        }
        return true;
    }

    private Command send(String phase, String kind, String target, int expected, Supplier<Api.Response> call) {
        Command c = call(++seq, phase, kind, target, expected, call);
        commands.add(c);
        return c;
    }

    /** Sends one request and classifies its answer; touches no shared state, so flood workers call it in parallel. */
    private static Command call(int n, String phase, String kind, String target, int expected, Supplier<Api.Response> call) {
        Command c;
        try {
            Api.Response r = call.get();
            Outcome outcome = r.status() == expected ? Outcome.ACCEPTED
                    : r.status() >= 500 ? Outcome.UNANSWERED : Outcome.REFUSED;
            c = new Command(n, phase, kind, target, outcome, r.status());
            if (outcome != Outcome.ACCEPTED) {
                log.info("{}: {}", c, r.body());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Refused, reset or timed out: the command may or may not have been stored.
            c = new Command(n, phase, kind, target, Outcome.UNANSWERED, 0);
            log.info("{}: {}", c, e.getCause() == null ? e.toString() : e.getCause().toString());
        }
        return c;
    }

    /** What a flood achieved: how much went through, and how long the answers took. */
    record Flood(int clients, int sent, int accepted, int unanswered, int refused, Duration length,
                 long p50Millis, long p99Millis) {

        double acceptedPerSecond() {
            return accepted / Math.max(0.001, length.toMillis() / 1000.0);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d clients without pause: %d sent, %.1f accepted/s, latency p50 %d ms, p99 %d ms",
                    clients, sent, acceptedPerSecond(), p50Millis, p99Millis);
        }
    }

    /**
     * Load past capacity: {@code clients} threads register new units back to back, without any pause, for
     * {@code length}, beside whatever steady load runs. Each is a new aggregate, so the answers need no
     * ordering; they join the load's units and commands at the end, to be checked like any other.
     */
    Flood flood(String phase, int clients, Duration length) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Command> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        long end = begin + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            workers.add(Thread.ofPlatform().name("flood-" + w).start(() -> {
                while (System.nanoTime() < end) {
                    int n = next.incrementAndGet();
                    String code = PARENT + "-" + tag + "F" + n;
                    String name = "UBND xã quá tải " + code;
                    Map<String, Object> body = unitBody(code, name, contactOf(code));
                    long t0 = System.nanoTime();
                    Command c = call(FLOOD_SEQ + n, phase, "register unit (flood)", code, 201,
                            () -> Api.post(campaignUrl + "/api/v1/units", body, token.get()));
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                    names.put(code, name);
                    sent.add(c);
                }
            }));
        }
        for (Thread t : workers) {
            try {
                t.join(length.plus(Duration.ofSeconds(60)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        List<Command> ordered = sent.stream().sorted(java.util.Comparator.comparingInt(Command::seq)).toList();
        synchronized (this) {
            for (Command c : ordered) {
                LoadUnit unit = new LoadUnit(c.target(), List.of(contactOf(c.target())));
                units.put(c.target(), unit);
                record(unit, names.get(c.target()), c);
                commands.add(c);
            }
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Flood(clients, ordered.size(),
                (int) ordered.stream().filter(c -> c.outcome() == Outcome.ACCEPTED).count(),
                (int) ordered.stream().filter(c -> c.outcome() == Outcome.UNANSWERED).count(),
                (int) ordered.stream().filter(c -> c.outcome() == Outcome.REFUSED).count(),
                took, percentile(sorted, 0.5), percentile(sorted, 0.99));
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static String contactOf(String code) {
        return "vanphong." + code.toLowerCase(java.util.Locale.ROOT).replace('-', '.') + "@chilang.langson.gov.vn";
    }

    private static Map<String, Object> unitBody(String code, String name, String contact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", "COMMUNE");
        body.put("parentCode", PARENT);
        body.put("staffCount", 10);
        body.put("contactEmails", List.of(contact));
        return body;
    }
}
