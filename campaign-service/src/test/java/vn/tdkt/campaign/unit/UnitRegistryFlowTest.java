package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.tdkt.campaign.EmbeddedMongo;
import vn.tdkt.campaign.MongoConfiguration;
import vn.tdkt.campaign.unit.HistoryEntry.Change;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.unit.UnitUpdated;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.RuleViolationException;

/**
 * The registry's multi-unit commands against the embedded MongoDB server: mergers (and their completion
 * after an interruption), moves, deactivation, CSV import and export, with the events each unit stores.
 */
@DataMongoTest
@Import({UnitRepository.class, UnitMergerRepository.class, UnitService.class, UnitImport.class, UnitExport.class,
        RegistryUnitTree.class, OutboxWrites.class, MongoConfiguration.class, UnitRegistryFlowTest.FixedClock.class,
        UnitRegistryFlowTest.Listener.class})
@EnableConfigurationProperties(OutboxProperties.class)
class UnitRegistryFlowTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        EmbeddedMongo.register(registry, "tdkt_campaign_unit_flow");
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-07-01T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    /** What the other features were told, in order. */
    static class Listener implements UnitLookup.TreeListener {

        final List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public void moved(UnitCode unit, List<UnitCode> ancestors) {
            told.add("moved " + unit.value() + " under " + ancestors.stream().map(UnitCode::value).toList());
        }

        @Override
        public void merged(List<UnitCode> predecessors, UnitCode successor, List<UnitCode> successorAncestors) {
            if (failing) {
                throw new IllegalStateException("a bloc was written meanwhile");
            }
            told.add("merged " + predecessors.stream().map(UnitCode::value).toList() + " into " + successor.value()
                    + " under " + successorAncestors.stream().map(UnitCode::value).toList());
        }
    }

    @Autowired
    Listener listener;
    @Autowired
    UnitService units;
    @Autowired
    UnitImport imports;
    @Autowired
    UnitExport exports;
    @Autowired
    UnitRepository repository;
    @Autowired
    MongoTemplate mongo;
    @MockitoBean
    OutboxRelay relay;

    @BeforeEach
    void demoTree() {
        mongo.remove(new Query(), UnitDocument.COLLECTION);
        mongo.remove(new Query(), UnitMergerDocument.COLLECTION);
        register("LS", null, UnitLevel.PROVINCE);
        register("LS-CL", "LS", UnitLevel.DISTRICT);
        register("LS-HL", "LS", UnitLevel.DISTRICT);
        register("LS-CL-NL", "LS-CL", UnitLevel.COMMUNE);
        register("LS-CL-DM", "LS-CL", UnitLevel.COMMUNE);
        register("LS-CL-NL-VP", "LS-CL-NL", UnitLevel.OFFICE);
        listener.told.clear();
        listener.failing = false;
    }

    private void register(String code, String parent, UnitLevel level) {
        units.register(new UnitService.RegisterUnit(new UnitCode(code), "Đơn vị " + code, level,
                parent == null ? null : new UnitCode(parent), 10, List.of("thidua@" + code.toLowerCase() + ".gov.vn")));
    }

    private Unit unit(String code) {
        return units.get(new UnitCode(code));
    }

    private List<String> pendingTypes(String code) {
        Document stored = mongo.getCollection(UnitDocument.COLLECTION).find(new Document("_id", code)).first();
        return stored.getList("pendingEvents", Document.class).stream().map(e -> e.getString("type")).toList();
    }

    private static Merger communesIntoNhanLy() {
        return new Merger(REFORM, List.of(new UnitCode("LS-CL-NL"), new UnitCode("LS-CL-DM")),
                new Merger.Successor(new UnitCode("LS-NL"), "UBND xã Nhân Lý", UnitLevel.COMMUNE, new UnitCode("LS-CL"),
                        40, List.of("thidua@nhanly.gov.vn")));
    }

    @Test
    void aMergerMarksTheSourcesListsThePredecessorsAndMovesTheChildren() {
        UnitService.MergerView merger = units.merge(communesIntoNhanLy(), "admin");

        assertThat(merger.status()).isEqualTo("COMPLETED");
        assertThat(merger.movedCodes()).containsExactly("LS-CL-NL-VP");
        assertThat(unit("LS-CL-NL").status()).isEqualTo(UnitStatus.MERGED);
        assertThat(unit("LS-CL-NL").successorCode()).isEqualTo(new UnitCode("LS-NL"));
        assertThat(unit("LS-CL-NL").statusEffectiveDate()).isEqualTo(REFORM);
        assertThat(unit("LS-NL").predecessorCodes()).containsExactly(new UnitCode("LS-CL-NL"), new UnitCode("LS-CL-DM"));
        assertThat(unit("LS-CL-NL-VP").parentCode()).isEqualTo(new UnitCode("LS-NL"));
        // every changed unit carries its full-state event
        assertThat(pendingTypes("LS-NL")).containsExactly("tdkt.unit.registered.v1");
        assertThat(pendingTypes("LS-CL-NL")).containsExactly("tdkt.unit.registered.v1", "tdkt.unit.updated.v1");
        assertThat(pendingTypes("LS-CL-NL-VP")).containsExactly("tdkt.unit.registered.v1", "tdkt.unit.updated.v1");
        // the successor's subtree holds the old codes, for its officers
        assertThat(new RegistryUnitTree(repository).isWithin("LS-CL-NL", "LS-NL")).isTrue();
        // history under the old code
        assertThat(units.history(new UnitCode("LS-CL-NL"), new PageQuery(0, 20)).items())
                .extracting(HistoryEntry::change).containsExactly(Change.REGISTERED, Change.MERGED);
    }

    @Test
    void featuresAreToldOfMovesAndMergersAfterTheUnitsAreStoredAndAgainWhenAMergerIsCompletedLater() {
        units.move(new UnitCode("LS-CL-DM"), new UnitCode("LS-HL"), REFORM);
        units.merge(communesIntoNhanLy(), "admin");

        assertThat(listener.told).containsExactly("moved LS-CL-DM under [LS-HL, LS]",
                "merged [LS-CL-NL, LS-CL-DM] into LS-NL under [LS-CL, LS]");

        listener.told.clear();
        mongo.insert(UnitMergerDocument.pending("m-2", communesIntoNhanLy(), "admin",
                Instant.parse("2025-07-01T01:00:00Z")));
        units.completePending(Duration.ofMinutes(1));
        assertThat(listener.told).containsExactly("merged [LS-CL-NL, LS-CL-DM] into LS-NL under [LS-CL, LS]");
    }

    @Test
    void aFeatureThatCannotFollowLeavesTheMergerPendingForTheRecoveryNotRefused() {
        listener.failing = true;

        UnitService.MergerView merger = units.merge(communesIntoNhanLy(), "admin");

        assertThat(merger.status()).isEqualTo("PENDING");
        assertThat(merger.movedCodes()).containsExactly("LS-CL-NL-VP");
        assertThat(unit("LS-CL-DM").status()).isEqualTo(UnitStatus.MERGED);
        listener.failing = false;
        mongo.updateFirst(new Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(merger.id())),
                new org.springframework.data.mongodb.core.query.Update().set("createdAt",
                        Instant.parse("2025-07-01T01:00:00Z")), UnitMergerDocument.COLLECTION);
        assertThat(units.completePending(Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(units.merger(merger.id()).status()).isEqualTo("COMPLETED");
        assertThat(listener.told).containsExactly("merged [LS-CL-NL, LS-CL-DM] into LS-NL under [LS-CL, LS]");
    }

    @Test
    void aMergedUnitIsRetiredWithTheSuccessorThatActsNowAfterAChainOfMergers() {
        units.merge(communesIntoNhanLy(), "admin");
        units.merge(new Merger(LocalDate.of(2026, 1, 1), List.of(new UnitCode("LS-NL")),
                new Merger.Successor(new UnitCode("LS-XNL"), "UBND xã Nhân Lý mới", UnitLevel.COMMUNE,
                        new UnitCode("LS-CL"), 60, List.of())), "admin");
        units.deactivate(new UnitCode("LS-CL-NL-VP"), REFORM);

        assertThat(units.retired(List.of(new UnitCode("LS-CL-DM"), new UnitCode("LS-NL"), new UnitCode("LS-HL"),
                new UnitCode("LS-CL-NL-VP"), new UnitCode("LS-KHONG"))))
                .containsExactly(
                        java.util.Map.entry(new UnitCode("LS-CL-DM"), new UnitLookup.Standing(new UnitCode("LS-CL-DM"),
                                true, new UnitCode("LS-XNL"), REFORM)),
                        java.util.Map.entry(new UnitCode("LS-NL"), new UnitLookup.Standing(new UnitCode("LS-NL"), true,
                                new UnitCode("LS-XNL"), LocalDate.of(2026, 1, 1))),
                        java.util.Map.entry(new UnitCode("LS-CL-NL-VP"), new UnitLookup.Standing(
                                new UnitCode("LS-CL-NL-VP"), false, null, REFORM)));
    }

    @Test
    void aRefusedMergerChangesNothing() {
        Merger intoItself = new Merger(REFORM, List.of(new UnitCode("LS-CL-NL"), new UnitCode("LS-CL-NL")),
                new Merger.Successor(new UnitCode("LS-CL-NL"), "Xã", UnitLevel.COMMUNE, null, null, List.of()));

        assertThatThrownBy(() -> units.merge(intoItself, "admin")).isInstanceOf(RuleViolationException.class);
        assertThat(unit("LS-CL-NL").status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(mongo.count(new Query(), UnitMergerDocument.COLLECTION)).isZero();
    }

    @Test
    void anInterruptedMergerIsCompletedOnceWhateverHadBeenWritten() {
        // a crash after the record and the successor were written, before the sources
        Merger merger = communesIntoNhanLy();
        mongo.insert(UnitMergerDocument.pending("m-1", merger, "admin", Instant.parse("2025-07-01T01:00:00Z")));
        Unit.Registration successor = Unit.succeed(new UnitCode("LS-NL"), "UBND xã Nhân Lý", UnitLevel.COMMUNE,
                new UnitCode("LS-CL"), 40, List.of(), merger.mergedCodes(), REFORM, Clock.systemUTC());
        repository.insert(successor.unit(), successor.events());

        assertThat(units.completePending(Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(units.completePending(Duration.ofMinutes(1))).isZero();

        assertThat(unit("LS-CL-DM").status()).isEqualTo(UnitStatus.MERGED);
        assertThat(pendingTypes("LS-NL")).containsExactly("tdkt.unit.registered.v1"); // not written twice
        assertThat(units.merger("m-1").status()).isEqualTo("COMPLETED");
    }

    @Test
    void aKeptSourceAbsorbsTheOther() {
        Merger merger = new Merger(REFORM, List.of(new UnitCode("LS-CL-NL"), new UnitCode("LS-CL-DM")),
                new Merger.Successor(new UnitCode("LS-CL-NL"), "UBND xã Nhân Lý", UnitLevel.COMMUNE,
                        new UnitCode("LS-CL"), 40, List.of()));

        units.merge(merger, "admin");

        assertThat(unit("LS-CL-NL").status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(unit("LS-CL-NL").predecessorCodes()).containsExactly(new UnitCode("LS-CL-DM"));
        assertThat(unit("LS-CL-NL-VP").parentCode()).isEqualTo(new UnitCode("LS-CL-NL"));
        assertThat(unit("LS-CL-DM").successorCode()).isEqualTo(new UnitCode("LS-CL-NL"));
    }

    @Test
    void aMoveUnderItsOwnDescendantIsRefused() {
        assertThatThrownBy(() -> units.move(new UnitCode("LS-CL"), new UnitCode("LS-CL-NL-VP"), REFORM))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("under itself");

        Unit moved = units.move(new UnitCode("LS-CL-DM"), new UnitCode("LS-HL"), REFORM);
        assertThat(moved.parentCode()).isEqualTo(new UnitCode("LS-HL"));
        assertThat(EventJson.read(mongo.getCollection(UnitDocument.COLLECTION).find(new Document("_id", "LS-CL-DM"))
                .first().getList("pendingEvents", Document.class).getLast().getString("payload"), UnitUpdated.class)
                .parentCode()).isEqualTo("LS-HL");
    }

    @Test
    void deactivationWaitsUntilNothingActiveIsBelow() {
        assertThatThrownBy(() -> units.deactivate(new UnitCode("LS-CL-NL"), REFORM))
                .isInstanceOf(RuleViolationException.class);

        units.deactivate(new UnitCode("LS-CL-NL-VP"), REFORM);
        assertThat(units.deactivate(new UnitCode("LS-CL-NL"), REFORM).status()).isEqualTo(UnitStatus.INACTIVE);
    }

    // CSV

    private UnitImport.Report importCsv(String csv, String root, boolean dryRun) {
        return imports.run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                root == null ? null : new UnitCode(root), dryRun);
    }

    @Test
    void anImportMayReferToParentsLaterInTheFileOrRegistered() {
        String csv = """
                code,name,level,parentCode,staffCount,contactEmails
                LS-CL-QL-VP,Văn phòng xã Quang Lang,OFFICE,LS-CL-QL,3,
                LS-CL-QL,UBND xã Quang Lang,COMMUNE,LS-CL,21,vp@quanglang.gov.vn;thidua@quanglang.gov.vn
                """;

        assertThat(importCsv(csv, "LS-CL", true)).isEqualTo(new UnitImport.Report(true, 2, 0));
        assertThat(mongo.count(new Query(), UnitDocument.COLLECTION)).isEqualTo(6);

        assertThat(importCsv(csv, "LS-CL", false)).isEqualTo(new UnitImport.Report(false, 2, 2));
        assertThat(unit("LS-CL-QL").contactEmails()).containsExactly("vp@quanglang.gov.vn", "thidua@quanglang.gov.vn");
        assertThat(unit("LS-CL-QL-VP").version()).isZero();
        assertThat(pendingTypes("LS-CL-QL-VP")).containsExactly("tdkt.unit.registered.v1");
    }

    @Test
    void anyBadRowImportsNothingAndEveryBadRowIsNamed() {
        String csv = """
                code,name,level,parentCode
                LS-CL-A,Xã A,COMMUNE,LS-CL
                LS-CL,Trùng mã,DISTRICT,LS
                LS-CL-B,Xã B,COMMUNE,LS-HL
                LS-CL-C,Xã C,COMMUNE,LS-CL-D
                LS-CL-D,Xã D,COMMUNE,LS-CL-C
                LS-CL-A,Xã A lặp,COMMUNE,LS-CL
                LS-CL-E,,COMMUNE,LS-CL
                LS-CL-F,Xã F,COMMUNE,KHONG-CO
                """;

        assertThatThrownBy(() -> importCsv(csv, "LS-CL", false)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly(
                        "line 7: code", "line 8: name", "line 3: code", "line 3: parentCode", "line 4: parentCode",
                        "line 9: parentCode", "line 5: parentCode", "line 6: parentCode"));
        assertThat(mongo.count(new Query(), UnitDocument.COLLECTION)).isEqualTo(6);
    }

    @Test
    void brokenUtf8OrAMissingHeaderIsA400() {
        byte[] latin1 = "code,name,level\nLS-X,Xã,COMMUNE\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.run(new ByteArrayInputStream(latin1), null, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("line 2"));
        assertThatThrownBy(() -> importCsv("ma,ten\n", null, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> importCsv("", null, false)).isInstanceOf(InvalidInputException.class);
    }

    /** Rows are lexed on a thread of their own and handed over in batches: order and line numbers must hold. */
    @Test
    void aFileOfSeveralBatchesKeepsItsLinesAndBrokenQuotingNamesItsLine() {
        StringBuilder rows = new StringBuilder("code,name,level,parentCode\n");
        for (int i = 0; i < 2_500; i++) {
            rows.append("LS-CL-T").append(i).append(",Xã thử ").append(i).append(",COMMUNE,LS-CL\n");
        }
        String csv = rows.toString();

        assertThatThrownBy(() -> importCsv(csv + "LS-CL-Z,\"Xã Z,COMMUNE,LS-CL\n", "LS-CL", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("line 2502"));
        assertThatThrownBy(() -> importCsv(csv + "LS-CL-T1500,Xã lặp,COMMUNE,LS-CL\n", "LS-CL", false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("line 2502: code");
                            assertThat(error.message()).isEqualTo("LS-CL-T1500 is already on line 1502");
                        }));
        assertThat(mongo.count(new Query(), UnitDocument.COLLECTION)).isEqualTo(6);

        assertThat(importCsv(csv, "LS-CL", false)).isEqualTo(new UnitImport.Report(false, 2_500, 2_500));
        assertThat(unit("LS-CL-T2499").name()).isEqualTo("Xã thử 2499");
    }

    @Test
    void anExportRoundTripsThroughTheImport() {
        units.update(new UnitCode("LS-CL-DM"), new UnitService.UpdateUnit("UBND thị trấn Đồng Mỏ, \"Chi Lăng\"", 12,
                List.of("a@dongmo.gov.vn", "b@dongmo.gov.vn"),
                Contact.of("officer", "Hoàng Lan", "Cán bộ", "lan@dongmo.gov.vn", null), null));
        units.deactivate(new UnitCode("LS-CL-NL-VP"), REFORM);
        StringBuilder csv = new StringBuilder(String.join(",", UnitCsv.COLUMNS)).append('\n');
        List<String> codes = new ArrayList<>();
        exports.forEachRow(new UnitCode("LS-CL"), row -> {
            codes.add(row.getFirst());
            csv.append(row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                    .reduce((a, b) -> a + "," + b).orElseThrow()).append('\n');
        });
        assertThat(codes).containsExactly("LS-CL", "LS-CL-DM", "LS-CL-NL"); // parents first, inactive left out
        Unit before = unit("LS-CL-DM");

        mongo.remove(new Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").in(codes)),
                UnitDocument.COLLECTION);
        assertThat(importCsv(csv.toString(), "LS", false).imported()).isEqualTo(3);

        Unit after = unit("LS-CL-DM");
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.contactEmails()).isEqualTo(before.contactEmails());
        assertThat(after.officer()).isEqualTo(before.officer());
        assertThat(after.parentCode()).isEqualTo(before.parentCode());
    }
}
