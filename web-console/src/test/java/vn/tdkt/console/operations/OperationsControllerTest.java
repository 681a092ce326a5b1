package vn.tdkt.console.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.NotificationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest({DeliveriesController.class, DeadLettersController.class, AuditVerificationController.class})
@Import(OperationsNavigation.class)
class OperationsControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;
    @MockitoBean
    NominationApi nominations;
    @MockitoBean
    DelegateApi delegates;
    @MockitoBean
    NotificationApi notifications;

    static JsonNode json(String text) {
        return Json.mapper().readTree(text);
    }

    /** What a URI function the controller handed to a client builds. */
    @SuppressWarnings("unchecked")
    static String uriOf(ArgumentCaptor<Function> captor) {
        Function<UriBuilder, URI> f = captor.getValue();
        return f.apply(UriComponentsBuilder.newInstance()).toString();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return TestUsers.user("admin", "Quản trị", "ADMINISTRATOR", null);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anAdministratorListsDeliveriesFilteredByStatusAndVietnameseDays() throws Exception {
        when(notifications.get(any(Function.class))).thenReturn(json("""
                {"items":[{"eventId":"0b9f0c1e-1111-4a4a-9999-000000000001","eventType":"tdkt.campaign.launched.v1",
                  "recipient":"thiduakt@chilang.langson.gov.vn","subject":"Phát động phong trào thi đua","status":"DEAD",
                  "attempts":8,"sentAt":null}],"page":0,"size":50,"totalItems":1}"""));

        String html = mvc.perform(get("/operations/deliveries").param("status", "DEAD").param("from", "01/09/2025")
                        .param("to", "30/09/2025").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        ArgumentCaptor<Function> uri = ArgumentCaptor.forClass(Function.class);
        verify(notifications).get(uri.capture());
        // Days are Vietnam's: 01/09 from 00:00 (17:00 UTC the day before), to inclusive, so the bound is 01/10 00:00.
        assertThat(uriOf(uri)).startsWith("/api/v1/deliveries").contains("status=DEAD")
                .contains("from=2025-08-31T17:00:00Z").contains("to=2025-09-30T17:00:00Z");
        assertThat(html).contains("Phát động phong trào thi đua").contains("thiduakt@chilang.langson.gov.vn")
                .contains("Lỗi, ngừng gửi").contains("<caption>Thư thông báo (1 thư)</caption>")
                .contains("Gửi lại thư lỗi (DEAD)");
    }

    @Test
    void aDayThatIsNotOneIsShownAtItsFieldAndNothingIsAsked() throws Exception {
        String html = mvc.perform(get("/operations/deliveries").param("from", "hôm qua").with(admin()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-from-error\"").contains("không phải là ngày dạng dd/MM/yyyy")
                .contains("aria-invalid=\"true\"").contains("href=\"#f-from\"");
        verify(notifications, never()).get(any(Function.class));
    }

    @Test
    void anOperatorDoesNotListRecipientsButRequeuesDeadDeliveriesByCount() throws Exception {
        String html = mvc.perform(get("/operations/deliveries").with(TestUsers.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("vai trò Vận hành hệ thống không xem danh sách thư").contains("Gửi lại thư lỗi (DEAD)")
                .doesNotContain("id=\"f-status\"");
        verify(notifications, never()).get(any(Function.class));

        when(notifications.post(eq("/api/v1/deliveries/requeue"), any())).thenReturn(json("{\"requeued\":3}"));
        mvc.perform(post("/operations/deliveries/requeue").with(TestUsers.operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/operations/deliveries?status=DEAD"))
                .andExpect(flash().attribute("requeued", 3L));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(notifications).post(eq("/api/v1/deliveries/requeue"), body.capture());
        assertThat(body.getValue().toString()).isEqualTo("{\"status\":\"DEAD\"}");
    }

    @Test
    void aRefusedEventIdIsShownNextToTheRequeueField() throws Exception {
        when(notifications.post(eq("/api/v1/deliveries/requeue"), any())).thenThrow(new ServiceProblem("notification", 400,
                "Bad Request", null, List.of(new ServiceProblem.FieldProblem("eventId", "must be a UUID")), null));
        String html = mvc.perform(post("/operations/deliveries/requeue").param("eventId", "abc")
                        .with(TestUsers.operator()).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"f-eventId-error\"").contains("must be a UUID").contains("value=\"abc\"");
    }

    @Test
    void theNavigationShowsOperationsToOperatorsOnly() throws Exception {
        assertThat(mvc.perform(get("/operations").with(TestUsers.operator())).andReturn().getResponse()
                .getContentAsString()).contains(">Vận hành</a>").contains("Sự kiện tạm giữ");
        when(campaigns.get(any(Function.class))).thenReturn(json("{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0}"));
        assertThat(mvc.perform(get("/operations/parked").with(TestUsers.chiLangOfficer())).andReturn().getResponse()
                .getContentAsString()).doesNotContain(">Vận hành</a>");
    }

    @Test
    void deadLettersOfAServiceAreListedAndOneIsReplayed() throws Exception {
        when(nominations.get(any(Function.class))).thenReturn(json("""
                {"items":[{"topic":"tdkt.campaign.events.nomination-service.dlq","partition":0,"offset":3,"key":"c1",
                  "ceType":"tdkt.campaign.launched.v1","ceId":"e1","originalTopic":"tdkt.campaign.events",
                  "exceptionMessage":"Không có đơn vị LS-XX","timestamp":"2025-09-01T01:00:00Z"}],
                 "page":0,"size":50,"totalItems":1}"""));
        String html = mvc.perform(get("/operations/dead-letters").param("service", "nomination").with(TestUsers.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("tdkt.campaign.events.nomination-service.dlq/0/3").contains("Không có đơn vị LS-XX")
                .contains("01/09/2025 08:00").contains("aria-current=\"page\">Khen thưởng (nomination-service)");

        when(nominations.post(eq("/api/v1/dead-letters/replay"), any())).thenReturn(json("""
                {"topic":"tdkt.campaign.events.nomination-service.dlq","partition":0,"offset":3,
                 "replayedTo":"tdkt.campaign.events","replayedPartition":2,"replayedOffset":41}"""));
        mvc.perform(post("/operations/dead-letters/replay").param("service", "nomination")
                        .param("topic", "tdkt.campaign.events.nomination-service.dlq").param("partition", "0")
                        .param("offset", "3").with(TestUsers.operator()).with(csrf()))
                .andExpect(redirectedUrl("/operations/dead-letters?service=nomination"));
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(nominations).post(eq("/api/v1/dead-letters/replay"), body.capture());
        assertThat(body.getValue().toString())
                .isEqualTo("{\"topic\":\"tdkt.campaign.events.nomination-service.dlq\",\"partition\":0,\"offset\":3}");
    }

    @Test
    void kafkaUnavailableForAReplayIsAPageMessageAndTheListStays() throws Exception {
        when(delegates.post(eq("/api/v1/dead-letters/replay"), any())).thenThrow(new ServiceProblem("delegate", 503,
                "Service Unavailable", "Kafka is not available: timeout", List.of(), null));
        when(delegates.get(any(Function.class))).thenReturn(json("{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0}"));
        String html = mvc.perform(post("/operations/dead-letters/replay").param("service", "delegate").param("topic", "t")
                        .param("partition", "0").param("offset", "1").with(TestUsers.operator()).with(csrf()))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("role=\"alert\"").contains("Kafka is not available: timeout")
                .contains("Không có sự kiện lỗi nào ở Đại hội (delegate-service).");
    }

    @Test
    void anUnknownServiceIsRefusedNamingTheField() throws Exception {
        String html = mvc.perform(get("/operations/parked").param("service", "payroll").with(TestUsers.operator()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("service: must be one of [campaign, nomination, delegate, notification]");
    }

    @Test
    void verifyingEveryAuditChainShowsIntactBrokenAndUnreachable() throws Exception {
        when(campaigns.get("/api/v1/audit/verification")).thenReturn(json("""
                {"intact":true,"checked":1204,"firstBrokenSeq":null,"reason":null,"headHash":"9f2c"}"""));
        when(nominations.get("/api/v1/audit/verification")).thenReturn(json("""
                {"intact":false,"checked":57,"firstBrokenSeq":57,"reason":"hash does not match the record","headHash":null}"""));
        when(delegates.get("/api/v1/audit/verification")).thenThrow(ServiceProblemOf.unreachable("delegate"));
        when(notifications.get("/api/v1/audit/verification")).thenReturn(json("""
                {"intact":true,"checked":0,"firstBrokenSeq":null,"reason":null,"headHash":null}"""));

        String html = mvc.perform(get("/operations/audit").param("service", "all").with(TestUsers.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Nguyên vẹn").contains("9f2c").contains("1204")
                .contains("Bản ghi đầu tiên sai: số 57").contains("hash does not match the record")
                .contains("Không kết nối được tới dịch vụ").contains("Có chuỗi nhật ký bị phá vỡ")
                .contains("<caption>Kết quả kiểm tra chuỗi nhật ký theo dịch vụ</caption>");
    }

    @Test
    void oneServiceIsVerifiedAsARowForHtmxAndNothingRunsBeforeAsked() throws Exception {
        String page = mvc.perform(get("/operations/audit").with(TestUsers.operator())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Chưa kiểm tra").contains("hx-get=\"/operations/audit/campaign\"");
        verify(campaigns, never()).get(anyString());

        when(campaigns.get("/api/v1/audit/verification")).thenReturn(json("""
                {"intact":true,"checked":3,"firstBrokenSeq":null,"reason":null,"headHash":"abc"}"""));
        String row = mvc.perform(get("/operations/audit/campaign").header("HX-Request", "true").with(TestUsers.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row.strip()).startsWith("<tr id=\"audit-campaign\">").contains("Nguyên vẹn").doesNotContain("<html");
    }

    /** A service that cannot be reached, as the clients report it. */
    static final class ServiceProblemOf {
        static ServiceProblem unreachable(String service) {
            return new ServiceProblem(service, 503, "Service Unavailable", null, List.of(), null);
        }
    }
}
