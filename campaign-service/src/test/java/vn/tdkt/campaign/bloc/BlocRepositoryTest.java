package vn.tdkt.campaign.bloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.campaign.bloc.BlocFixtures.CL;
import static vn.tdkt.campaign.bloc.BlocFixtures.CLOCK;
import static vn.tdkt.campaign.bloc.BlocFixtures.HL;
import static vn.tdkt.campaign.bloc.BlocFixtures.LS;
import static vn.tdkt.campaign.bloc.BlocFixtures.STC;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.Topics;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;

/** Bloc years against the project's embedded MongoDB server: the whole year, version and outbox in one document. */
@DataMongoTest
@Import({BlocRepository.class, OutboxWrites.class, MongoConfiguration.class})
@EnableConfigurationProperties(OutboxProperties.class)
class BlocRepositoryTest {

    static final PageQuery FIRST_PAGE = new PageQuery(0, 20);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_bloc_repository");
    }

    @Autowired
    BlocRepository blocs;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), BlocDocument.COLLECTION);
    }

    private EmulationBloc inserted(EmulationBloc.Definition definition) {
        EmulationBloc.Draft draft = EmulationBloc.create(BlocId.newId(), definition, CLOCK);
        blocs.insert(draft.bloc(), draft.events());
        return draft.bloc();
    }

    private EmulationBloc reread(EmulationBloc bloc) {
        return blocs.find(bloc.id()).orElseThrow();
    }

    private Document raw(EmulationBloc bloc) {
        return mongo.getCollection(BlocDocument.COLLECTION).find(new Document("_id", bloc.id().value())).first();
    }

    @Test
    void aWholeYearRoundTripsCommandByCommandWithItsEvents() {
        EmulationBloc bloc = inserted(BlocFixtures.definition(new Weights(20, 50, 30), new AwardSlots(1, 1)));
        EmulationBloc read = reread(bloc);
        blocs.update(read, read.moveTo(BlocPhase.COVENANT_SIGNING, CLOCK));
        for (var member : List.of(CL, HL, STC)) {
            read = reread(bloc);
            blocs.update(read, read.sign(member, CLOCK));
        }
        read = reread(bloc);
        blocs.update(read, read.moveTo(BlocPhase.SCORING, CLOCK));
        for (var subject : List.of(CL, HL, STC)) {
            for (var scorer : List.of(CL, HL, STC)) {
                read = reread(bloc);
                blocs.update(read, read.submit(scorer, subject, BlocFixtures.scores("30", "19.5", "30", "20"), CLOCK)
                        .events());
            }
        }
        read = reread(bloc);
        blocs.update(read, read.publish(CLOCK));

        EmulationBloc done = reread(bloc);
        assertThat(done.state()).usingRecursiveComparison().ignoringFields("version").isEqualTo(read.state());
        assertThat(done.version()).isEqualTo(1 + 3 + 1 + 9 + 1);
        assertThat(done.ranking().ranked()).extracting(Ranking.Entry::rank).containsExactly(1, 1, 1);
        List<Document> pending = raw(bloc).getList("pendingEvents", Document.class);
        assertThat(pending).hasSize(16).allSatisfy(e -> assertThat(e.getString("topic")).isEqualTo(Topics.BLOC_EVENTS));
        assertThat(pending.getFirst().getString("type")).isEqualTo("tdkt.bloc.created.v1");
        BlocResultPublished published = EventJson.read(pending.getLast().getString("payload"), BlocResultPublished.class);
        assertThat(published.aggregateVersion()).isEqualTo(15);
        assertThat(published.ranking()).allSatisfy(r -> assertThat(r.total()).isEqualByComparingTo("99.5"));
        assertThat(published.proposals()).allSatisfy(p -> assertThat(p.contested()).isTrue());
        Document stored = raw(bloc);
        assertThat(stored.getList("criteria", Document.class).getFirst().get("maxPoints"))
                .as("points are stored as whole hundredths").isEqualTo(3000L);
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        EmulationBloc bloc = inserted(BlocFixtures.definition());
        EmulationBloc first = reread(bloc);
        EmulationBloc second = reread(bloc);
        blocs.update(first, first.moveTo(BlocPhase.COVENANT_SIGNING, CLOCK));

        assertThatThrownBy(() -> blocs.update(second, second.changeMembers(List.of(CL, HL), null, null, null, CLOCK)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reread(bloc).members()).containsExactly(CL, HL, STC);
    }

    @Test
    void oneOrganiserRunsOneBlocOfANamePerYear() {
        inserted(BlocFixtures.definition());

        assertThatThrownBy(() -> inserted(BlocFixtures.definition())).isInstanceOf(DuplicateKeyException.class);
        EmulationBloc.Definition d = BlocFixtures.definition();
        inserted(new EmulationBloc.Definition(d.name(), 2026, LS, d.members(), null, null, null, d.covenant(), null, null));
    }

    @Test
    void listsByYearOrganiserAndMemberInAStableOrder() {
        EmulationBloc.Definition d = BlocFixtures.definition();
        EmulationBloc b2025 = inserted(d);
        EmulationBloc b2026 = inserted(new EmulationBloc.Definition("Cụm thi đua số 10", 2026, LS, List.of(CL, STC),
                null, null, null, d.covenant(), null, null));
        EmulationBloc other = inserted(new EmulationBloc.Definition("Khối các xã", 2026, CL, List.of(HL, STC),
                null, null, null, d.covenant(), null, null));

        assertThat(blocs.findAll(null, null, null, FIRST_PAGE).items()).extracting(EmulationBloc::id)
                .containsExactly(b2025.id(), b2026.id(), other.id());
        assertThat(blocs.findAll(2026, null, null, FIRST_PAGE).items()).extracting(EmulationBloc::id)
                .containsExactly(b2026.id(), other.id());
        assertThat(blocs.findAll(null, LS, CL, FIRST_PAGE).items()).extracting(EmulationBloc::id)
                .containsExactly(b2025.id(), b2026.id());
        assertThat(blocs.findAll(null, null, HL, new PageQuery(1, 1)).items()).extracting(EmulationBloc::id)
                .containsExactly(other.id());
        assertThat(blocs.findAll(null, null, HL, new PageQuery(1, 1)).totalItems()).isEqualTo(2);
    }
}
