package vn.tdkt.nomination.council;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/**
 * The council of LS: its secretary (and the administrator) set it up and run its sessions; its members cast
 * their own ballots; those who read nominations there read it; nobody else.
 */
@WebMvcTest(CouncilController.class)
@Import({CouncilService.class, Minutes.class, FixedClock.class, DemoUnitTree.class,
        CouncilPermissionMatrixTest.Agenda.class})
class CouncilPermissionMatrixTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Agenda {
        @Bean
        CouncilWebFixture.FakeAgendaHolder agenda() {
            return new CouncilWebFixture.FakeAgendaHolder();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CouncilWebFixture.FakeAgendaHolder agenda;
    @MockitoBean
    CouncilRepository councils;
    @MockitoBean
    SessionRepository sessions;
    @MockitoBean
    PackCouncilRules rules;
    @MockitoBean
    OutboxRelay relay;

    enum Request { DEFINE, READ, LIST, OPEN, READ_SESSION, LIST_SESSIONS, CLOSE, CAST, RECEIPT, MINUTES }

    static Stream<Arguments> matrix() {
        //                                            define read list open  read-s list-s close cast receipt minutes
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 200, 200, 200, 201, 200, 200, 200, 403, 200, 200),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 403, 200, 200, 403, 200, 200, 403, 403, 403, 200),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 200, 200, 200, 201, 200, 200, 200, 403, 403, 200),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 200, 200, 403, 200, 200, 403, 201, 200, 200),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @BeforeEach
    void storage() {
        CouncilWebFixture.stub(councils, sessions, agenda, rules);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
        if (expected == 403) {
            verify(councils, never()).insert(any(), any());
            verify(councils, never()).update(any(), any());
            verify(sessions, never()).insert(any(), any());
            verify(sessions, never()).close(any(), any());
            verify(sessions, never()).cast(any(), anyString(), anyString(), any(), anyString());
        }
    }

    @ParameterizedTest(name = "{0} token: {1} → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Request request) throws Exception {
        MockHttpServletRequestBuilder call = build(request);
        if (token.header() != null) {
            call.header("Authorization", token.header());
        }
        mvc.perform(call).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder build(Request request) {
        return switch (request) {
            case DEFINE -> put("/api/v1/councils/LS").contentType(MediaType.APPLICATION_JSON).content("""
                    {"name":"Hội đồng Thi đua – Khen thưởng tỉnh Lạng Sơn","chair":"uyvien.1",
                     "secretary":"thuky.hoidong","members":["uyvien.1","uyvien.2","uyvien.3","uyvien.4","uyvien.5"]}""");
            case READ -> get("/api/v1/councils/LS");
            case LIST -> get("/api/v1/councils");
            case OPEN -> post("/api/v1/councils/LS/sessions").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"nominationIds\":[\"DX-1\"]}");
            case READ_SESSION -> get(CouncilWebFixture.OPEN_PATH);
            case LIST_SESSIONS -> get("/api/v1/councils/LS/sessions");
            case CLOSE -> post(CouncilWebFixture.OPEN_PATH + "/close").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"ruleApplied\":\"Quy chế Hội đồng, Điều 7\",\"threshold\":0.7}");
            case CAST -> post(CouncilWebFixture.OPEN_PATH + "/ballots").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"nominationId\":\"DX-1\",\"choice\":\"APPROVE\"}");
            case RECEIPT -> get(CouncilWebFixture.CLOSED_PATH + "/ballots/receipts/GOOD-RECEIPT");
            case MINUTES -> get(CouncilWebFixture.CLOSED_PATH + "/minutes").accept(MediaType.TEXT_HTML);
        };
    }
}
