package vn.tdkt.notification.campaign;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.tdkt.events.campaign.CampaignEvent;
import vn.tdkt.events.campaign.CampaignMilestoneAdded;
import vn.tdkt.events.campaign.CampaignPhaseChanged;
import vn.tdkt.events.campaign.CampaignResponsibilityAdded;
import vn.tdkt.events.campaign.CampaignUpdated;
import vn.tdkt.events.campaign.CampaignCreated;
import vn.tdkt.events.campaign.Milestone;

/**
 * The reminders' projection of campaigns (collection {@code campaign_plans}): one document per campaign,
 * the newest {@code aggregateVersion} wins (campaign events carry the whole state), so an older event
 * replayed from a dead letter changes nothing. Dates are stored as ISO strings: they are days in Vietnam's
 * calendar, not instants. {@code reminded} is only ever added to, by the reminder job.
 */
@Component
class CampaignPlans {

    static final String COLLECTION = "campaign_plans";

    private final MongoOperations mongo;

    CampaignPlans(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("phase", Sort.Direction.ASC));
    }

    void apply(CampaignEvent event) {
        Update update = new Update().set("version", event.aggregateVersion())
                .set("title", event.title())
                .set("organiserUnitCode", event.organiserUnitCode())
                .set("recipientUnitCodes", event.recipientUnitCodes())
                .set("phase", event.currentPhase())
                .set("milestones", milestonesOf(event).stream()
                        .filter(m -> m != null && m.date() != null)
                        .map(m -> new Document("date", m.date().toString()).append("title", m.title()))
                        .toList())
                .set("registrationDeadline", deadlineOf(event) == null ? null : deadlineOf(event).toString());
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(event.aggregateId())
                    .and("version").lt(event.aggregateVersion())), update, COLLECTION);
        } catch (DuplicateKeyException sameOrNewerKnown) {
            // {_id, version >= this} exists: the projection already holds this state or a newer one.
        }
    }

    /** Campaigns in one of these phases, in id order. */
    List<CampaignPlan> inPhases(List<String> phases) {
        return mongo.find(Query.query(Criteria.where("phase").in(phases)).with(Sort.by("_id")), Document.class,
                COLLECTION).stream().map(CampaignPlans::plan).toList();
    }

    /** Records that a reminder was queued, so later rounds (on any instance) skip it. */
    void reminded(String campaignId, String reminderKey) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(campaignId)),
                new Update().addToSet("reminded", reminderKey), COLLECTION);
    }

    private static CampaignPlan plan(Document doc) {
        List<Milestone> milestones = doc.getList("milestones", Document.class, List.of()).stream()
                .map(m -> new Milestone(LocalDate.parse(m.getString("date")), m.getString("title")))
                .toList();
        String deadline = doc.getString("registrationDeadline");
        return new CampaignPlan(doc.getString("_id"), ((Number) doc.get("version")).longValue(), doc.getString("title"),
                doc.getString("organiserUnitCode"), doc.getList("recipientUnitCodes", String.class, List.of()),
                doc.getString("phase"), milestones, deadline == null ? null : LocalDate.parse(deadline),
                new HashSet<>(doc.getList("reminded", String.class, List.of())));
    }

    private static List<Milestone> milestonesOf(CampaignEvent event) {
        return switch (event) {
            case CampaignCreated e -> e.milestones();
            case CampaignUpdated e -> e.milestones();
            case CampaignPhaseChanged e -> e.milestones();
            case CampaignMilestoneAdded e -> e.milestones();
            case CampaignResponsibilityAdded e -> e.milestones();
        };
    }

    private static LocalDate deadlineOf(CampaignEvent event) {
        return switch (event) {
            case CampaignCreated e -> e.registrationDeadline();
            case CampaignUpdated e -> e.registrationDeadline();
            case CampaignPhaseChanged e -> e.registrationDeadline();
            case CampaignMilestoneAdded e -> e.registrationDeadline();
            case CampaignResponsibilityAdded e -> e.registrationDeadline();
        };
    }
}
