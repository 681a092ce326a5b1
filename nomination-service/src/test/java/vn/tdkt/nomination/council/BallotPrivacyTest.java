package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import vn.tdkt.nomination.EmbeddedMongo;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.nomination.MongoConfiguration;
import vn.tdkt.nomination.rulepack.RulePacks;
import vn.tdkt.support.audit.AuditAutoConfiguration;
import vn.tdkt.support.outbox.OutboxProperties;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.outbox.OutboxWrites;
import vn.tdkt.support.security.Role;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.TestTokens;

/**
 * A whole session over the real controller, service, MongoDB (embedded), outbox and audit trail, with every
 * logger of the web layer, the service and the MongoDB client at DEBUG; then everything the system wrote is
 * searched for a link between a member and their choice: the session and council documents, the events in their
 * outbox, the audit records, the log lines and every answer. There is none, and nothing orders the ballots.
 */
@WebMvcTest(CouncilController.class)
@ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class, AuditAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class}) // the security chain before the audit filter, as in the service
@Import({CouncilService.class, CouncilRepository.class, SessionRepository.class, OutboxWrites.class,
        MongoConfiguration.class, Minutes.class, FixedClock.class, DemoUnitTree.class, BallotPrivacyTest.Beans.class})
@EnableConfigurationProperties(OutboxProperties.class)
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.org.springframework.web=DEBUG", "logging.level.vn.tdkt=DEBUG",
        "logging.level.org.mongodb.driver=DEBUG", "logging.level.org.springframework.data.mongodb=DEBUG",
        "logging.structured.format.console="})
class BallotPrivacyTest {

    /** The ballots, deliberately not in the members' order; uyvien.5 stays away. */
    static final List<String[]> BALLOTS = List.of(
            new String[] {"uyvien.4", "DX-1", "REJECT"}, new String[] {"uyvien.2", "DX-1", "APPROVE"},
            new String[] {"uyvien.1", "DX-1", "BLANK"}, new String[] {"uyvien.3", "DX-2", "APPROVE"},
            new String[] {"uyvien.3", "DX-1", "APPROVE"}, new String[] {"uyvien.1", "DX-2", "REJECT"});
    static final Pattern CHOICE = Pattern.compile("APPROVE|REJECT|BLANK");
    static final Pattern COUNTER = Pattern.compile("approvals|rejections|blanks");
    static final Pattern MEMBER = Pattern.compile("uyvien\\.\\d");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        EmbeddedMongo.register(registry, "tdkt_nomination_ballot_privacy");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        FakeAgenda agenda() {
            return new FakeAgenda().with(provincial("DX-1"), provincial("DX-2"));
        }

        @Bean
        PackCouncilRules packCouncilRules() {
            return new PackCouncilRules(RulePacks.load(null));
        }

        static VotingAgenda.AgendaItem provincial(String id) {
            return new VotingAgenda.AgendaItem(id, "Nguyễn Văn " + id, "LS-STC", "CSTD_TINH",
                    "Chiến sĩ thi đua cấp tỉnh", 2023, "vn-before-2024");
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @MockitoBean
    OutboxRelay relay;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void nothingTheSystemWroteLinksAMemberToTheirChoice(CapturedOutput output) throws Exception {
        String secretary = TestTokens.bearer(Sessions.SECRETARY, "LS", Role.COUNCIL_SECRETARY);
        List<String> answers = new ArrayList<>();
        mvc.perform(put("/api/v1/councils/LS").header("Authorization", secretary)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn","chair":"uyvien.1",
                         "secretary":"thuky.hoidong","members":["uyvien.1","uyvien.2","uyvien.3","uyvien.4","uyvien.5"]}"""))
                .andExpect(status().isCreated());
        MvcResult opened = mvc.perform(post("/api/v1/councils/LS/sessions").header("Authorization", secretary)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nominationIds\":[\"DX-1\",\"DX-2\"]}"))
                .andExpect(status().isCreated()).andReturn();
        String id = json.readTree(opened.getResponse().getContentAsString()).get("id").asString();
        String path = "/api/v1/councils/LS/sessions/" + id;

        Map<String, String> receipts = new LinkedHashMap<>();
        for (String[] ballot : BALLOTS) {
            MvcResult cast = mvc.perform(post(path + "/ballots").header("Authorization", member(ballot[0]))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"nominationId\":\"" + ballot[1] + "\",\"choice\":\"" + ballot[2] + "\"}"))
                    .andExpect(status().isCreated()).andReturn();
            String answer = cast.getResponse().getContentAsString();
            answers.add(answer);
            receipts.put(json.readTree(answer).get("receipt").asString(), ballot[0]);
        }
        for (String receipt : receipts.keySet()) {
            answers.add(mvc.perform(get(path + "/ballots/receipts/" + receipt).header("Authorization",
                    member(receipts.get(receipt)))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        answers.add(mvc.perform(get(path).header("Authorization", member("uyvien.5"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        Document whileOpen = mongo.getCollection(SessionDocument.COLLECTION).find(new Document("_id", id)).first();

        answers.add(mvc.perform(post(path + "/close").header("Authorization", secretary)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        answers.add(mvc.perform(get(path).header("Authorization", secretary)).andReturn().getResponse()
                .getContentAsString());
        answers.add(mvc.perform(get(path + "/minutes").accept(MediaType.TEXT_HTML).header("Authorization", secretary))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        Document session = mongo.getCollection(SessionDocument.COLLECTION).find(new Document("_id", id)).first();
        Document council = mongo.getCollection(CouncilDocument.COLLECTION).find(new Document("_id", "LS")).first();
        List<String> events = new ArrayList<>();
        for (Document aggregate : List.of(session, council)) {
            aggregate.getList("pendingEvents", Document.class).forEach(e -> events.add(e.getString("payload")));
        }
        List<String> audit = mongo.getCollection("audit_log").find().map(Document::toJson).into(new ArrayList<>());
        List<String> logLines = output.getAll().lines().toList();
        assertThat(audit).as("the audit trail recorded the commands; collections: " + mongo.getCollectionNames())
                .hasSizeGreaterThan(BALLOTS.size());

        // The tallies are right: the system counted what was cast.
        Document dx1 = session.getList("items", Document.class).getFirst();
        assertThat(List.of(dx1.getInteger("approvals"), dx1.getInteger("rejections"), dx1.getInteger("blanks")))
                .containsExactly(2, 1, 1);

        // 1. No choice, as the member sent it, appears anywhere: not in the stored documents, not in an event,
        //    not in the audit trail, not in a log line, not in an answer.
        List<String> everything = new ArrayList<>();
        everything.add(session.toJson());
        everything.add(whileOpen.toJson());
        everything.add(council.toJson());
        everything.addAll(events);
        everything.addAll(audit);
        everything.addAll(logLines);
        everything.addAll(answers);
        assertThat(everything).as("no choice literal anywhere").noneMatch(text -> CHOICE.matcher(text).find());

        // 2. No audit record, log line or event names a member next to a counter (the stored form of a choice).
        List<String> lines = new ArrayList<>(audit);
        lines.addAll(logLines);
        lines.addAll(events);
        assertThat(lines).as("no member next to a counter")
                .noneMatch(text -> MEMBER.matcher(text).find() && COUNTER.matcher(text).find());
        assertThat(events).as("the session's events name no member at all")
                .filteredOn(e -> e.contains("\"results\"") || e.contains("\"agenda\""))
                .hasSize(2).noneMatch(e -> MEMBER.matcher(e).find());

        // 3. Nothing orders the ballots: participants and receipts are sorted, the version did not count them,
        //    and the audit records of ballots carry no versions.
        assertThat(whileOpen.getLong("version")).isZero();
        assertThat(session.getLong("version")).isEqualTo(1);
        for (Document item : session.getList("items", Document.class)) {
            assertThat(item.getList("participants", String.class)).isSorted();
            assertThat(item.keySet()).containsExactlyInAnyOrder("nominationId", "nomineeName", "nomineeUnitCode",
                    "awardCode", "awardName", "year", "rulePackId", "participants", "approvals", "rejections", "blanks");
        }
        assertThat(session.getList("items", Document.class).getFirst().getList("participants", String.class))
                .containsExactly("uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4");
        assertThat(session.getList("receipts", String.class)).hasSize(6).isSorted()
                .noneMatch(receipts::containsKey);
        List<Document> ballotAudits = mongo.getCollection("audit_log")
                .find(new Document("action", "council-session.ballot")).into(new ArrayList<>());
        assertThat(ballotAudits).hasSize(BALLOTS.size()).allSatisfy(record -> {
            assertThat(record.get("versionBefore")).isNull();
            assertThat(record.get("versionAfter")).isNull();
        });

        // 4. While open the session showed how many took part and no counter.
        assertThat(answers.get(BALLOTS.size() * 2)).doesNotContainPattern(COUNTER.pattern());
        // The receipts were counted, and the minutes list who took part (not uyvien.5) and the tallies only.
        assertThat(answers.getLast()).contains("uyvien.1, uyvien.2, uyvien.3, uyvien.4")
                .contains("Thành viên không tham gia bỏ phiếu: <span>uyvien.5</span>");
    }

    private static String member(String username) {
        return TestTokens.bearer(username, "LS", Role.COUNCIL_MEMBER);
    }
}
