package vn.tdkt.notification.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import vn.tdkt.notification.delivery.Deliveries;
import vn.tdkt.notification.delivery.OutgoingEmail;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;
import vn.tdkt.notification.unit.RecipientResolver;

/**
 * Sends, once a Vietnamese day is over, one digest per (unit, day) to each address that had items held that day.
 * Every instance runs it; the (unit, day) is won with one conditional upsert on {@code digest_runs} ({@code _id}
 * unit|day, not done, lease free or expired), so one instance composes it. The digest's deliveries carry a
 * name-based event id of unit|day, so even a second composer (a lease that expired mid-way) queues nothing twice.
 * Once queued the run is marked done and the day's items are removed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DigestProperties.class)
class DigestJob implements SchedulingConfigurer, InitializingBean {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String KIND = "daily-digest";
    static final String EVENT_TYPE = "tdkt.notification.daily-digest";
    static final String RUNS = "digest_runs";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final MongoOperations mongo;
    private final Deliveries deliveries;
    private final RecipientResolver recipients;
    private final MailTemplates templates;
    private final DigestProperties properties;
    private final Clock clock;

    DigestJob(MongoOperations mongo, Deliveries deliveries, RecipientResolver recipients, MailTemplates templates,
              DigestProperties properties, Clock clock) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    /** The round's scan (days before today) and each (unit, day)'s read and removal use this index. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(DigestItem.class).createIndex(new Index().on("day", Sort.Direction.ASC)
                .on("unitCode", Sort.Direction.ASC).named("day_unit"));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::runSafely, properties.interval());
    }

    void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Digest round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round: every (unit, day) before today with held items; returns how many digests this instance queued. */
    int run() {
        String today = LocalDate.ofInstant(clock.instant(), VIETNAM).toString();
        int queued = 0;
        for (Object pair : mongo.getCollection(DigestItem.COLLECTION).aggregate(List.of(
                new Document("$match", new Document("day", new Document("$lt", today))),
                new Document("$group", new Document("_id", new Document("unit", "$unitCode").append("day", "$day")))))) {
            Document key = (Document) ((Document) pair).get("_id");
            if (send(key.getString("unit"), key.getString("day"))) {
                queued++;
            }
        }
        return queued;
    }

    private boolean send(String unit, String day) {
        String run = unit + "|" + day;
        Instant now = clock.instant();
        if (!win(run, now)) {
            return false;
        }
        List<DigestItem> items = mongo.find(Query.query(Criteria.where("unitCode").is(unit).and("day").is(day))
                .with(Sort.by("heldAt", "_id")), DigestItem.class);
        Map<String, List<DigestItem>> byRecipient = new LinkedHashMap<>();
        items.forEach(item -> byRecipient.computeIfAbsent(item.recipient(), ignored -> new ArrayList<>()).add(item));
        String unitName = recipients.namesOf(List.of(unit)).getOrDefault(unit, unit);
        UUID eventId = UUID.nameUUIDFromBytes(("digest:" + run).getBytes(StandardCharsets.UTF_8));
        List<OutgoingEmail> emails = new ArrayList<>();
        byRecipient.forEach((recipient, own) -> emails.add(new OutgoingEmail(eventId, EVENT_TYPE, null, List.of(unit),
                recipient, render(unit, unitName, day, own))));
        int created = deliveries.enqueue(emails);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(run)), new Update().set("done", true), RUNS);
        mongo.remove(Query.query(Criteria.where("unitCode").is(unit).and("day").is(day)), DigestItem.class);
        log.info("Digest {} {}: {} deliveries queued ({} items)", unit, day, created, items.size());
        return true;
    }

    /** Claims the run unless it is done or another instance's lease is still running. */
    private boolean win(String run, Instant now) {
        Query free = Query.query(Criteria.where("_id").is(run).and("done").ne(true)
                .orOperator(Criteria.where("leaseUntil").exists(false), Criteria.where("leaseUntil").lte(now)));
        try {
            return mongo.findAndModify(free, new Update().set("leaseUntil", now.plus(properties.lease())),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, RUNS) != null;
        } catch (DuplicateKeyException taken) {
            return false; // the run exists and is done or leased: the upsert's insert collided with it
        }
    }

    private RenderedMail render(String unit, String unitName, String day, List<DigestItem> items) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", "/units/" + unit); // the unit's page in the console; each item links to its own
        model.put("addressee", unitName);
        model.put("day", DAY.format(LocalDate.parse(day)));
        model.put("count", String.valueOf(items.size()));
        model.put("items", items.stream().map(item -> Map.of("subject", item.subject(),
                "link", item.link() == null ? "" : item.link())).toList());
        return templates.render(KIND, model);
    }
}
