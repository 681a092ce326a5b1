package vn.tdkt.campaign.bloc;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.campaign.unit.UnitCode;
import vn.tdkt.support.outbox.PendingEvent;

/**
 * How a bloc year is stored: its whole state (scorecards included, so that a command on a bloc is one
 * atomic write), the optimistic-lock version and its events not yet published. One organiser cannot
 * run two blocs of the same name in the same year (a unique index: the second is a 409). Points are
 * whole hundredths, so MongoDB holds plain integers.
 */
@Document(BlocDocument.COLLECTION)
@CompoundIndex(name = "organiser_year_name", def = "{'organiserUnitCode': 1, 'year': 1, 'name': 1}", unique = true)
@CompoundIndex(name = "year_name", def = "{'year': 1, 'name': 1}")
record BlocDocument(@Id String id, String name, int year, String organiserUnitCode,
                    @Indexed List<String> memberUnitCodes, List<String> rotationOrder, String leaderUnitCode,
                    String deputyUnitCode, List<Criterion> criteria, List<SignatureEntry> signatures, Weights weights,
                    AwardSlots awards, BlocPhase phase, List<BlocPhaseChange> phaseHistory,
                    List<ScorecardEntry> scorecards, PublishedResult result, Instant createdAt, @Version Long version,
                    List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "blocs";

    record SignatureEntry(String unitCode, Instant signedAt) {
    }

    record ScorecardEntry(String scorerUnitCode, String subjectUnitCode, ScorecardKind kind, List<Score> scores,
                          Instant submittedAt, int revision) {
    }

    static BlocDocument of(EmulationBloc bloc, List<PendingEvent> newEvents) {
        EmulationBloc.State s = bloc.state();
        return new BlocDocument(s.id().value(), s.name(), s.year(), s.organiser().value(), codes(s.members()),
                codes(s.rotation().order()), s.rotation().leader().value(), s.rotation().deputy().value(),
                s.covenant().criteria(),
                s.signatures().stream().map(g -> new SignatureEntry(g.unitCode().value(), g.signedAt())).toList(),
                s.weights(), s.awards(), s.phase(), s.phaseHistory(),
                s.scorecards().stream().map(c -> new ScorecardEntry(c.scorer().value(), c.subject().value(), c.kind(),
                        c.scores(), c.submittedAt(), c.revision())).toList(),
                s.result(), s.createdAt(), s.version(), newEvents);
    }

    EmulationBloc toBloc() {
        return EmulationBloc.restore(new EmulationBloc.State(new BlocId(id), name, year, new UnitCode(organiserUnitCode),
                units(memberUnitCodes),
                new Rotation(units(rotationOrder), new UnitCode(leaderUnitCode), new UnitCode(deputyUnitCode)),
                new Covenant(orEmpty(criteria)),
                orEmpty(signatures).stream().map(g -> new Signature(new UnitCode(g.unitCode()), g.signedAt())).toList(),
                weights, awards, phase, orEmpty(phaseHistory),
                orEmpty(scorecards).stream().map(c -> new Scorecard(new UnitCode(c.scorerUnitCode()),
                        new UnitCode(c.subjectUnitCode()), c.kind(), orEmpty(c.scores()), c.submittedAt(), c.revision()))
                        .toList(),
                result, createdAt, version));
    }

    private static List<String> codes(List<UnitCode> units) {
        return units.stream().map(UnitCode::value).toList();
    }

    private static List<UnitCode> units(List<String> codes) {
        return orEmpty(codes).stream().map(UnitCode::new).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
