package vn.tdkt.embeddedmongo.aggregation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * An aggregation pipeline: $match, $project, $addFields/$set, $unset, $group (with $sum, $avg,
 * $min, $max, $first, $last, $push, $addToSet, $count), $sort, $skip, $limit, $count, $unwind,
 * $lookup on equality, $replaceRoot/$replaceWith, $sortByCount, $facet, plus the expression operators these need. Errors
 * are {@link vn.tdkt.embeddedmongo.error.MongoError} with MongoDB's codes (40324 unknown stage, 168
 * unknown expression operator, ...).
 *
 * <p>Execution is lazy and streaming: stages that see one document at a time pull from the previous
 * stage on demand; only $sort, $group and $count read their whole input, when first asked.
 */
public final class Pipeline {

    private final List<Stage> stages;
    private final BsonDocument leadingMatch;

    private Pipeline(List<Stage> stages, BsonDocument leadingMatch) {
        this.stages = stages;
        this.leadingMatch = leadingMatch;
    }

    public static Pipeline parse(List<BsonDocument> stages, CollectionSource lookupSource) {
        List<Stage> parsed = new ArrayList<>();
        BsonDocument leading = null;
        for (int i = 0; i < stages.size(); i++) {
            BsonDocument spec = stages.get(i);
            if (spec.size() != 1) {
                throw Errors.location(40323, "A pipeline stage specification object must contain exactly one field.");
            }
            String name = spec.getFirstKey();
            BsonValue arg = spec.get(name);
            if (i == 0 && name.equals("$match") && arg.isDocument()) {
                leading = arg.asDocument();
            }
            parsed.add(stage(name, arg, lookupSource));
        }
        return new Pipeline(List.copyOf(parsed), leading);
    }

    private static Stage stage(String name, BsonValue arg, CollectionSource source) {
        return switch (name) {
            case "$match" -> Stages.match(arg);
            case "$project" -> ProjectStage.project(arg);
            case "$addFields", "$set" -> ProjectStage.addFields(name, arg);
            case "$unset" -> ProjectStage.unset(arg);
            case "$group" -> GroupStage.parse(arg);
            case "$sort" -> Stages.sort(arg);
            case "$skip" -> Stages.skip(arg);
            case "$limit" -> Stages.limit(arg);
            case "$count" -> Stages.count(arg);
            case "$unwind" -> UnwindStage.parse(arg);
            case "$lookup" -> LookupStage.parse(arg, source);
            case "$replaceRoot", "$replaceWith" -> Stages.replaceRoot(name, arg);
            case "$sortByCount" -> Stages.sortByCount(arg);
            case "$facet" -> Stages.facet(arg, source);
            default -> throw Errors.location(40324, "Unrecognized pipeline stage name: '" + name + "'");
        };
    }

    /**
     * The filter of a leading $match stage, so that storage can use an index for it; the pipeline
     * still applies that stage itself.
     */
    public Optional<BsonDocument> leadingMatch() {
        return Optional.ofNullable(leadingMatch);
    }

    public Iterator<BsonDocument> execute(Iterator<BsonDocument> input) {
        Iterator<BsonDocument> it = input;
        for (Stage s : stages) {
            it = s.apply(it);
        }
        return it;
    }

    /** Reads another collection of the same database, for $lookup. */
    @FunctionalInterface
    public interface CollectionSource {
        Iterator<BsonDocument> scan(String collection);
    }
}
