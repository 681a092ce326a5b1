package vn.tdkt.notification.delivery;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.TestTokens;

/** The delivery list: its shape, its filters, and who reads which deliveries (personal data, by unit subtree). */
@WebMvcTest(DeliveryController.class)
class DeliveryControllerTest {

    private static final UUID EVENT = UUID.fromString("0b6f8a52-7a43-4c4e-9d0c-3f8f2a1f6e11");
    private static final PageQuery FIRST = new PageQuery(0, 20);

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Deliveries deliveries;

    private static Delivery delivery(String recipient, DeliveryStatus status, int attempts, Instant sentAt) {
        return new Delivery("id-" + recipient, EVENT.toString(), "tdkt.campaign.phase-changed.v1", "c-1",
                List.of("LS-CL", "LS"), recipient, Channel.EMAIL, "campaign-phase-changed",
                Instant.parse("2026-11-24T04:59:00Z"), "[Thi đua – Khen thưởng] Phát động phong trào: Năm 2026", "Nội dung", null, status, attempts, null,
                Instant.parse("2026-11-24T05:00:00Z"), sentAt, Instant.parse("2026-11-24T05:00:00Z"), "t", null,
                "4bf92f3577b34da6a3ce929d0e0e4736", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);
    }

    @Test
    void listsDeliveriesInTheContractShape() throws Exception {
        when(deliveries.find(new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.empty()), FIRST))
                .thenReturn(PageResponse.of(FIRST, List.of(
                        delivery("a@snv.gov.vn", DeliveryStatus.SENT, 1, Instant.parse("2026-11-24T05:00:01Z")),
                        delivery("b@snv.gov.vn", DeliveryStatus.SENDING, 1, null)), 2));

        mvc.perform(get("/api/v1/deliveries").header("Authorization", TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].eventId").value(EVENT.toString()))
                .andExpect(jsonPath("$.items[0].eventType").value("tdkt.campaign.phase-changed.v1"))
                .andExpect(jsonPath("$.items[0].recipient").value("a@snv.gov.vn"))
                .andExpect(jsonPath("$.items[0].subject").value("[Thi đua – Khen thưởng] Phát động phong trào: Năm 2026"))
                .andExpect(jsonPath("$.items[0].status").value("SENT"))
                .andExpect(jsonPath("$.items[0].attempts").value(1))
                .andExpect(jsonPath("$.items[0].sentAt").value("2026-11-24T05:00:01Z"))
                .andExpect(jsonPath("$.items[0].traceId").value("4bf92f3577b34da6a3ce929d0e0e4736"))
                .andExpect(jsonPath("$.items[0].traceparent").doesNotExist())
                // SENDING is internal; the contract reports it as PENDING
                .andExpect(jsonPath("$.items[1].status").value("PENDING"))
                .andExpect(jsonPath("$.items[1].sentAt").doesNotExist());
    }

    @Test
    void filtersCombineAndRecipientIsCaseInsensitive() throws Exception {
        DeliveryFilter filter = new DeliveryFilter(Optional.of("a@snv.gov.vn"), Optional.of(EVENT), Optional.empty());
        when(deliveries.find(filter, FIRST)).thenReturn(PageResponse.of(FIRST, List.of(), 0));

        mvc.perform(get("/api/v1/deliveries").param("recipient", "A@SNV.gov.vn").param("eventId", EVENT.toString())
                        .header("Authorization", TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());

        verify(deliveries).find(filter, FIRST);
    }

    @ParameterizedTest(name = "{0} reads deliveries of its unit subtree only")
    @EnumSource(value = DemoUser.class, names = {"OFFICER_CHI_LANG", "OFFICER_PROVINCE", "LEADER_CHI_LANG"})
    void unitRolesReadTheirSubtreeOnly(DemoUser user) throws Exception {
        DeliveryFilter scoped = new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.of(user.unit()));
        when(deliveries.find(scoped, FIRST)).thenReturn(PageResponse.of(FIRST, List.of(), 0));

        mvc.perform(get("/api/v1/deliveries").header("Authorization", user.bearer())).andExpect(status().isOk());

        verify(deliveries).find(scoped, FIRST);
    }

    @ParameterizedTest(name = "{0} may not read recipients")
    @EnumSource(value = DemoUser.class, names = {"OPERATOR", "COUNCIL_MEMBER", "COUNCIL_SECRETARY", "CONGRESS_ORGANISER"})
    void othersMayNotReadRecipients(DemoUser user) throws Exception {
        mvc.perform(get("/api/v1/deliveries").header("Authorization", user.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verify(deliveries, never()).find(any(), any());
    }

    @Test
    void withoutAValidTokenNothingIsRead() throws Exception {
        for (TestTokens.BadToken bad : TestTokens.badTokens()) {
            var request = get("/api/v1/deliveries");
            if (bad.header() != null) {
                request.header("Authorization", bad.header());
            }
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        verify(deliveries, never()).find(any(), any());
    }

    @Test
    void aMalformedEventIdIsA400ProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/deliveries").param("eventId", "not-a-uuid").header("Authorization", TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("eventId"));

        verify(deliveries, never()).find(any(), any());
    }

    @Test
    void operatorsFindDeadDeliveriesByStatusTypeAndTime() throws Exception {
        DeliveryFilter filter = new DeliveryFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(DeliveryStatus.DEAD), Optional.of("tdkt.campaign.phase-changed.v1"),
                Optional.of(Instant.parse("2026-11-24T00:00:00Z")), Optional.of(Instant.parse("2026-11-25T00:00:00Z")));
        PageQuery second = new PageQuery(1, 10);
        when(deliveries.find(filter, second)).thenReturn(PageResponse.of(second, List.of(
                delivery("a@snv.gov.vn", DeliveryStatus.DEAD, 12, null)), 11));

        mvc.perform(get("/api/v1/deliveries").param("status", "DEAD").param("eventType", "tdkt.campaign.phase-changed.v1")
                        .param("from", "2026-11-24T00:00:00Z").param("to", "2026-11-25T00:00:00Z")
                        .param("page", "1").param("size", "10").header("Authorization", TestTokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("DEAD"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalItems").value(11));
    }

    @ParameterizedTest(name = "{0}={1} → 400 naming {0}")
    @CsvSource({"status, SENDING", "status, LOST", "from, yesterday", "to, 2026-13-01"})
    void badListFiltersAreProblemsNamingTheField(String field, String value) throws Exception {
        mvc.perform(get("/api/v1/deliveries").param(field, value).header("Authorization", TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verify(deliveries, never()).find(any(), any());
    }

    @Test
    void aTimeRangeTheWrongWayRoundNamesFrom() throws Exception {
        mvc.perform(get("/api/v1/deliveries").param("from", "2026-11-25T00:00:00Z").param("to", "2026-11-24T00:00:00Z")
                        .header("Authorization", TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        verify(deliveries, never()).find(any(), any());
    }

    @ParameterizedTest(name = "{0} requeues DEAD deliveries and learns only how many")
    @EnumSource(value = DemoUser.class, names = {"OPERATOR", "ADMIN"})
    void operatorsRequeueDeadDeliveries(DemoUser user) throws Exception {
        when(deliveries.requeueDead(Optional.of(EVENT), List.of("d-1", "d-2"))).thenReturn(2L);

        mvc.perform(post("/api/v1/deliveries/requeue").header("Authorization", user.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DEAD\",\"eventId\":\"" + EVENT + "\",\"ids\":[\"d-1\",\"d-2\"]}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"requeued\":2}", JsonCompareMode.STRICT));
    }

    @Test
    void withoutFiltersEveryDeadDeliveryIsRequeued() throws Exception {
        when(deliveries.requeueDead(Optional.empty(), List.of())).thenReturn(7L);

        mvc.perform(post("/api/v1/deliveries/requeue").header("Authorization", DemoUser.OPERATOR.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DEAD\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requeued").value(7));
    }

    @ParameterizedTest(name = "{0} may not requeue")
    @EnumSource(value = DemoUser.class, names = {"OFFICER_CHI_LANG", "OFFICER_PROVINCE", "LEADER_CHI_LANG",
            "COUNCIL_MEMBER", "COUNCIL_SECRETARY", "CONGRESS_ORGANISER"})
    void othersMayNotRequeue(DemoUser user) throws Exception {
        mvc.perform(post("/api/v1/deliveries/requeue").header("Authorization", user.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DEAD\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        verify(deliveries, never()).requeueDead(any(), any());
    }

    @Test
    void requeueNeedsAValidToken() throws Exception {
        for (TestTokens.BadToken bad : TestTokens.badTokens()) {
            var request = post("/api/v1/deliveries/requeue").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"status\":\"DEAD\"}");
            if (bad.header() != null) {
                request.header("Authorization", bad.header());
            }
            mvc.perform(request).andExpect(status().isUnauthorized());
        }
        verify(deliveries, never()).requeueDead(any(), any());
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                                          | status",
            "{\"status\":\"SENT\"}                         | status",
            "{\"status\":\"DEAD\",\"eventId\":\"not-a-uuid\"} | eventId",
            "{\"status\":\"DEAD\",\"ids\":[\" \"]}             | ids[0]",
            "{\"status\":\"DEAD\",\"ids\":\"d-1\"}             | ids",
            "{\"status\":\"DEAD\",\"recipient\":\"a@b.vn\"}     | recipient"})
    void badRequeueInputIsA400ProblemNamingTheField(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/deliveries/requeue").header("Authorization", DemoUser.OPERATOR.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        verify(deliveries, never()).requeueDead(any(), any());
    }
}
