package vn.tdkt.console.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.console.support.CampaignApi;
import vn.tdkt.console.support.ConsoleWebTest;
import vn.tdkt.console.support.DelegateApi;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.NominationApi;
import vn.tdkt.console.support.ServiceProblem;
import vn.tdkt.console.support.TestUsers;

@ConsoleWebTest(HomeController.class)
@Import(HomeControllerTest.FixedClock.class)
class HomeControllerTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @org.springframework.context.annotation.Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-09-01T03:00:00Z"), ZoneOffset.UTC); // a Monday
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CampaignApi campaigns;
    @MockitoBean
    NominationApi nominations;
    @MockitoBean
    DelegateApi delegates;

    @Test
    void withoutSignInTheBrowserIsSentToTheIssuer() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/oauth2/authorization/tdkt"));
    }

    @Test
    void anHtmxRequestWithoutSessionIsToldToReload() throws Exception {
        mvc.perform(get("/").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/oauth2/authorization/tdkt"));
    }

    @Test
    void anOfficerSeesTheUnitsCampaignsTheWeeksDeadlinesAndTheDossiersWaiting() throws Exception {
        when(campaigns.get(any(Function.class))).thenReturn(
                Json.mapper().readTree("""
                        {"items":[{"id":"c1","title":"Thi đua chào mừng Đại hội","organiserUnitCode":"LS-CL","phase":"LAUNCHED",
                          "startDate":"2025-01-15","endDate":"2025-12-31","recipientUnitCodes":["LS-CL-NL"],
                          "milestones":[{"date":"2025-09-02","title":"Kỷ niệm 80 năm Quốc khánh"},{"date":"2025-10-10","title":"Sau tuần này"}]}],
                         "page":0,"size":50,"totalItems":1}"""));
        when(nominations.get(any(Function.class))).thenReturn(Json.mapper().readTree("""
                {"items":[{"id":"n1","nomineeName":"Lương Văn Hùng","awardName":"Lao động tiên tiến","nominatingUnitCode":"LS-CL-NL","year":2025}],
                 "page":0,"size":20,"totalItems":1}"""));
        when(delegates.get(any(Function.class))).thenReturn(Json.mapper().readTree("""
                {"items":[{"congressId":"dh-tinh","congressOrganiserUnitCode":"LS","congressDate":"2025-06-20",
                  "unitCode":"LS-CL","status":"PROPOSED","count":12,"seats":15,"version":3}],
                 "page":0,"size":20,"totalItems":1}"""), Json.mapper().readTree("""
                {"items":[],"page":0,"size":20,"totalItems":0}"""));

        String html = mvc.perform(get("/").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Cán bộ thi đua huyện Chi Lăng").contains("LS-CL")
                .contains("Thi đua chào mừng Đại hội")
                .contains("02/09/2025").contains("Kỷ niệm 80 năm Quốc khánh").doesNotContain("Sau tuần này")
                .contains("Lương Văn Hùng")
                .contains("Danh sách đi dự đại hội của LS ngày 20/06/2025").contains("/congresses/dh-tinh/lists/LS-CL")
                .contains("Đã trình").contains("12 / 15 đại biểu")
                .contains("lang=\"vi\"").contains("Bỏ qua, đến nội dung chính");
    }

    @Test
    void aServiceThatFailsLeavesTheOtherPanels() throws Exception {
        when(campaigns.get(any(Function.class))).thenThrow(new ServiceProblem("campaign", 503, null, null, List.of(), null));
        when(nominations.get(any(Function.class))).thenReturn(Json.mapper().readTree("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0}"));

        String html = mvc.perform(get("/").with(TestUsers.chiLangOfficer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không kết nối được tới dịch vụ").contains("Không có hồ sơ nào chờ xử lý");
    }

    @Test
    void englishOnRequestAndDatesStillDayFirst() throws Exception {
        when(campaigns.get(any(Function.class))).thenReturn(Json.mapper().readTree("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0}"));
        String html = mvc.perform(get("/").param("lang", "en").with(TestUsers.councilMember()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("lang=\"en\"").contains("Today is 01/09/2025").contains("Council member");
    }

    @Test
    void deadlinesAreThoseOfTheWeekSoonestFirst() {
        List<Map<String, Object>> cs = List.of(Map.of("id", "a", "title", "A", "registrationDeadline", "2025-09-07",
                "milestones", List.of(Map.of("date", "2025-09-01", "title", "Mở đầu"), Map.of("date", "2025-09-08", "title", "Tuần sau"))));
        assertThat(HomeController.deadlines(cs, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 7)))
                .extracting(HomeController.Deadline::date, HomeController.Deadline::milestone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 1), "Mở đầu"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 7), null));
    }
}
