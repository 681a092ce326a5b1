package vn.tdkt.nomination.council;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.tdkt.nomination.FixedClock;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.PermissionMatrixTest;

/**
 * The council of LS: its secretary (and the administrator) set it up and run its sessions; its members cast
 * their own ballots; those who read nominations there read it; nobody else.
 */
@WebMvcTest(CouncilController.class)
@Import({CouncilService.class, Minutes.class, FixedClock.class, DemoUnitTree.class,
        CouncilPermissionMatrixTest.Agenda.class})
class CouncilPermissionMatrixTest extends PermissionMatrixTest<CouncilPermissionMatrixTest.Request> {

    @TestConfiguration(proxyBeanMethods = false)
    static class Agenda {
        @Bean
        CouncilWebFixture.FakeAgendaHolder agenda() {
            return new CouncilWebFixture.FakeAgendaHolder();
        }
    }

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

    static final PermissionMatrix<Request> MATRIX = PermissionMatrix.of(Request.class)
            //                                define read list open  read-s list-s close cast receipt minutes
            .row(DemoUser.ADMIN,              200, 200, 200, 201, 200, 200, 200, 403, 200, 200)
            .row(DemoUser.OFFICER_PROVINCE,   403, 200, 200, 403, 200, 200, 403, 403, 403, 200)
            .row(DemoUser.OFFICER_CHI_LANG,   403, 403, 200, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.OFFICER_HUU_LUNG,   403, 403, 200, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.OFFICER_NHAN_LY,    403, 403, 200, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.COUNCIL_SECRETARY,  200, 200, 200, 201, 200, 200, 200, 403, 403, 200)
            .row(DemoUser.COUNCIL_MEMBER,     403, 200, 200, 403, 200, 200, 403, 201, 200, 200)
            .row(DemoUser.LEADER_CHI_LANG,    403, 403, 200, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.CONGRESS_ORGANISER, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403)
            .row(DemoUser.OPERATOR,           403, 403, 200, 403, 403, 403, 403, 403, 403, 403);

    @BeforeEach
    void storage() {
        CouncilWebFixture.stub(councils, sessions, agenda, rules);
    }

    @Override
    protected void assertNothingChanged() {
        verify(councils, never()).insert(any(), any());
        verify(councils, never()).update(any(), any());
        verify(sessions, never()).insert(any(), any());
        verify(sessions, never()).close(any(), any());
        verify(sessions, never()).cast(any(), anyString(), anyString(), any(), anyString());
    }

    @Override
    protected MockHttpServletRequestBuilder build(Request request) {
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
