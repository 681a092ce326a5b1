package vn.tdkt.nomination.honourboard;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;

/**
 * The boards' entries, and the sources they are taken from. A source is read from the collection of the feature
 * that keeps it ({@code decisions}, {@code exemplar_registrations}; names and fields named here, once) and reduced
 * at once to a {@link Source}: what the board may show, nothing more leaves this class.
 */
@Repository
class HonourBoardRepository {

    static final String DECISIONS = "decisions";
    static final String EXEMPLARS = "exemplar_registrations";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MongoOperations mongo;
    private volatile boolean indexed;

    HonourBoardRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(BoardEntryDocument.COLLECTION);
            ops.createIndex(new Index().on("liveKey", Sort.Direction.ASC).unique().named("board_live_key")
                    .partial(PartialIndexFilter.of(where("liveKey").exists(true))));
            ops.createIndex(new Index().on("unitCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                    .on("publishedAt", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("board_unit"));
            indexed = true;
        }
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the source is published on this board already */
    BoardEntry insert(BoardEntry entry) {
        ensureIndexes();
        BoardEntryDocument stored = mongo.insert(BoardEntryDocument.of(entry));
        return entry.storedAs(stored.version());
    }

    /** Stores the entry's new state, guarded by the version it was read at. */
    BoardEntry update(BoardEntry entry) {
        BoardEntryDocument saved = mongo.save(BoardEntryDocument.of(entry));
        if (saved == null) {
            throw new OptimisticLockingFailureException("entry " + entry.id() + " changed meanwhile");
        }
        return entry.storedAs(saved.version());
    }

    Optional<BoardEntry> find(String unitCode, String id) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(id).and("unitCode").is(unitCode)),
                BoardEntryDocument.class)).map(BoardEntryDocument::entry);
    }

    /** A board's entries of one status (null: both), newest first. */
    PageResponse<BoardEntry> page(String unitCode, BoardEntry.Status status, PageQuery page) {
        ensureIndexes();
        Query query = Query.query(status == null ? where("unitCode").is(unitCode)
                : where("unitCode").is(unitCode).and("status").is(status));
        long total = mongo.count(query, BoardEntryDocument.class);
        List<BoardEntry> items = mongo.find(query.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id")))
                .skip(page.offset()).limit(page.size()), BoardEntryDocument.class).stream()
                .map(BoardEntryDocument::entry).toList();
        return PageResponse.of(page, items, total);
    }

    /** The honour a decision conferred on a dossier (the dossier's id), as the board may see it. */
    Optional<Source> honour(String nominationId) {
        Document decision = mongo.findOne(Query.query(where("nominationIds").is(nominationId)), Document.class,
                DECISIONS);
        if (decision == null) {
            return Optional.empty();
        }
        return decision.getList("honours", Document.class, List.of()).stream()
                .filter(h -> nominationId.equals(h.getString("nominationId"))).findFirst().map(h -> {
                    Map<PublishedField, String> offered = new EnumMap<>(PublishedField.class);
                    offered.put(PublishedField.AWARD, h.getString("awardName"));
                    Object year = h.get("year");
                    offered.put(PublishedField.YEAR, year == null ? null : year.toString());
                    offered.put(PublishedField.DECISION, decision.getString("number") + day(decision.get("date")));
                    String unit = h.getString("nomineeUnitCode") != null ? h.getString("nomineeUnitCode")
                            : h.getString("nominatingUnitCode");
                    offered.put(PublishedField.UNIT, unit); // a code: the service puts the unit's name in its place
                    offered.values().removeIf(java.util.Objects::isNull);
                    return new Source(SourceKind.HONOUR, nominationId, unit, h.getString("recipientKind"), offered);
                });
    }

    /** The n-th exemplar of an office's registration of a month ({@code LS-CL-NL:2025-12#1}). */
    Optional<Source> exemplar(String sourceId) {
        int hash = sourceId.lastIndexOf('#');
        int colon = sourceId.lastIndexOf(':', hash < 0 ? sourceId.length() : hash);
        if (hash < 0 || colon < 1) {
            return Optional.empty();
        }
        int number;
        YearMonth month;
        try {
            number = Integer.parseInt(sourceId.substring(hash + 1));
            month = YearMonth.parse(sourceId.substring(colon + 1, hash));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
        Document registration = mongo.findOne(Query.query(where("_id").is(sourceId.substring(0, hash))),
                Document.class, EXEMPLARS);
        List<Document> entries = registration == null ? List.of()
                : registration.getList("entries", Document.class, List.of());
        if (number < 1 || number > entries.size()) {
            return Optional.empty();
        }
        Document e = entries.get(number - 1);
        Map<PublishedField, String> offered = new EnumMap<>(PublishedField.class);
        offered.put(PublishedField.MONTH, "%02d/%d".formatted(month.getMonthValue(), month.getYear()));
        offered.put(PublishedField.POSITION, e.getString("position"));
        offered.put(PublishedField.UNIT, e.getString("unitName") != null ? e.getString("unitName")
                : registration.getString("unitName"));
        offered.put(PublishedField.ACHIEVEMENT, e.getString("achievement"));
        offered.put(PublishedField.FIELD, e.getString("field"));
        offered.values().removeIf(java.util.Objects::isNull);
        return Optional.of(new Source(SourceKind.EXEMPLAR, sourceId, registration.getString("unitCode"),
                e.getString("recipientKind"), offered));
    }

    private static String day(Object date) {
        if (date instanceof java.util.Date d) {
            LocalDate day = d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate(); // the driver's codec: UTC midnight
            return " ngày " + DAY.format(day);
        }
        return "";
    }
}
