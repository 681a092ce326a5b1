package vn.tdkt.delegate.exemplary;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.security.UnitTree;
import vn.tdkt.support.unitdirectory.DirectoryUnit;

/** The projection of exemplary people and collectives, and the unit subtrees it is read by. */
@Repository
class ExemplaryPeopleRepository {

    static final String VERSIONS = "exemplar_registration_versions";

    private final MongoOperations mongo;
    private volatile boolean indexed;

    ExemplaryPeopleRepository(MongoOperations mongo) {
        this.mongo = mongo;
    }

    private void ensureIndexes() {
        if (!indexed) {
            var ops = mongo.indexOps(ExemplaryPerson.COLLECTION);
            ops.createIndex(new Index().on("unitCode", Sort.Direction.ASC).on("name", Sort.Direction.ASC)
                    .on("_id", Sort.Direction.ASC).named("exemplary_unit_name"));
            ops.createIndex(new Index().on("registrationId", Sort.Direction.ASC).named("exemplary_registration"));
            indexed = true;
        }
    }

    /** Writes a line as it is (the same id again writes the same line: a redelivery changes nothing). */
    void put(ExemplaryPerson person) {
        ensureIndexes();
        mongo.findAndReplace(Query.query(where("_id").is(person.id())), person,
                FindAndReplaceOptions.options().upsert());
    }

    Optional<ExemplaryPerson> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ExemplaryPerson.class));
    }

    /** The version of a registration this projection holds; -1 when none. */
    long registrationVersion(String registrationId) {
        Document stored = mongo.findById(registrationId, Document.class, VERSIONS);
        return stored == null ? -1 : ((Number) stored.get("version")).longValue();
    }

    /** Drops the registration's lines older than {@code version} (entries a revision removed). */
    void dropOlderLines(String registrationId, long version) {
        mongo.remove(Query.query(where("registrationId").is(registrationId).and("registrationVersion").lt(version)),
                ExemplaryPerson.class);
    }

    /** Records that the registration's {@code version} is applied, unless a newer one is (then: false). */
    boolean markApplied(String registrationId, long version) {
        try {
            mongo.upsert(Query.query(where("_id").is(registrationId).and("version").lt(version)),
                    new Update().set("version", version), VERSIONS);
            return true;
        } catch (DuplicateKeyException newerStored) {
            return false;
        }
    }

    /** The lines of these units, by unit, name and id. */
    PageResponse<ExemplaryPerson> page(Collection<String> unitCodes, PageQuery page) {
        ensureIndexes();
        Query query = Query.query(where("unitCode").in(unitCodes));
        long total = mongo.count(query, ExemplaryPerson.class);
        query.with(Sort.by("unitCode", "name", "_id")).skip(page.offset()).limit(page.size());
        return PageResponse.of(page, mongo.find(query, ExemplaryPerson.class), total);
    }

    /** {@code root} and every unit under it in the unit projection (a merged unit under its successor). */
    Set<String> subtree(String root) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(root);
        List<String> frontier = List.of(root);
        for (int depth = 0; !frontier.isEmpty() && depth < UnitTree.MAX_DEPTH; depth++) {
            frontier = mongo.find(new Query(new Criteria().orOperator(where("parentCode").in(frontier),
                            where("successorCode").in(frontier))), DirectoryUnit.class).stream()
                    .map(DirectoryUnit::code).filter(codes::add).toList();
        }
        return codes;
    }
}
