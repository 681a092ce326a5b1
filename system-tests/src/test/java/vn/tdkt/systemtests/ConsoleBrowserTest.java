package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.localstack.Service;

/**
 * The web console in a real browser against the real system (every service, the auth server, the console
 * as separate JVMs; one {@link ConsoleStack} for all browser test classes): an emulation officer's main
 * workflow as issue 16's "done when" tries it, with axe-core on every page and screenshots for the docs.
 * Another role's workflow is another test method here, or another class with
 * {@code @ExtendWith(ConsoleStack.Extension.class)} driving a {@link Console}.
 */
@ExtendWith(ConsoleStack.Extension.class)
class ConsoleBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(ConsoleBrowserTest.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static ConsoleStack stack;

    @BeforeAll
    static void theSystem(ConsoleStack running) {
        stack = running;
    }

    /**
     * thiduakt.chilang signs in, finds the province's launched plan on the home page (with its milestone
     * due this week), registers a commune (a refused code first: the message is next to the field), drafts
     * the district's plan implementing the province's, launches it, and sees in the province's cascade that
     * Chi Lăng has launched and Hữu Lũng has not.
     */
    @Test
    void anOfficerRegistersACommuneAndImplementsTheProvincesCampaign() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String provincePlan = "Thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI";
        String provinceId = provinceLaunches(provincePlan, today);

        try (Console console = Console.open(stack)) {
            console.signIn("thiduakt.chilang");
            assertThat(console.heading()).contains("Cán bộ thi đua huyện Chi Lăng");
            assertThat(console.text()).contains(provincePlan).contains(today.format(DMY)).contains("Kỷ niệm ngày thành lập tỉnh");
            console.screenshot("home").phoneScreenshot("home-phone");

            // The unit tree: Chi Lăng, its communes loaded on demand
            console.clickLink("Đơn vị");
            console.pressLabelled("Mở, đóng các đơn vị trực thuộc UBND huyện Chi Lăng").waitForText("UBND xã Nhân Lý");
            console.checkAccessibility().screenshot("units-tree");
            console.go("/units?q=nhan+ly").waitForText("Tìm thấy 1 đơn vị");

            // Register a commune: a code with a space is refused, next to the field; then accepted
            console.go("/units").clickLink("Đăng ký đơn vị mới");
            assertThat(console.field("Mã đơn vị cấp trên").getAttribute("value")).isEqualTo("LS-CL");
            console.fill("Mã đơn vị", "LS CL QL").fill("Tên đơn vị", "UBND xã Quang Lang")
                    .fill("Cấp", "Xã, phường, thị trấn").fill("Số biên chế", "21")
                    .fill("Thư điện tử nhận thông báo", "vanphong@quanglang.chilang.langson.gov.vn")
                    .press("Lưu");
            assertThat(console.errorAt("Mã đơn vị")).as("the service's message next to the code").isNotBlank();
            assertThat(console.field("Mã đơn vị").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(console.text()).contains("Thông tin chưa hợp lệ");
            console.screenshot("unit-form-errors");
            console.fill("Mã đơn vị", "LS-CL-QL").press("Lưu");
            assertThat(console.heading()).isEqualTo("UBND xã Quang Lang");
            assertThat(console.text()).contains("Đã đăng ký đơn vị UBND xã Quang Lang").contains("LS-CL-QL");
            console.screenshot("unit");

            // Draft the district's plan from the province's; the end before the start is refused at the field
            console.clickLink("Trang chủ").clickLink("Xây dựng kế hoạch triển khai");
            assertThat(console.heading()).isEqualTo("Xây dựng kế hoạch triển khai");
            String title = "Huyện Chi Lăng triển khai thi đua chào mừng Đại hội Thi đua yêu nước tỉnh";
            console.fill("Tên phong trào", title)
                    .fill("Chủ đề, khẩu hiệu", "Đổi mới, sáng tạo, tăng tốc, bứt phá")
                    .fill("Ngày bắt đầu", today.format(DMY))
                    .fill("Ngày kết thúc", today.minusDays(1).format(DMY))
                    .fill("Căn cứ", "1665/UBND-NC | 05/11/2024 | Chủ tịch UBND tỉnh Lạng Sơn")
                    .check("UBND xã Nhân Lý (LS-CL-NL)").check("UBND xã Quang Lang (LS-CL-QL)")
                    .fill("Mốc thời gian", today.plusMonths(2).format(DMY) + " | Sơ kết 6 tháng")
                    .screenshot("campaign-form")
                    .press("Lưu dự thảo");
            assertThat(console.errorAt("Ngày kết thúc")).as("endDate before startDate").isNotBlank();
            console.fill("Ngày kết thúc", today.plusYears(1).format(DMY)).press("Lưu dự thảo");
            assertThat(console.heading()).isEqualTo(title);
            assertThat(console.text()).contains("Dự thảo").contains("LS-CL-NL, LS-CL-QL");

            console.press("Phát động");
            assertThat(console.text()).contains("Đã phát động phong trào");
            console.screenshot("campaign");

            // The province's cascade: Chi Lăng launched, Hữu Lũng not yet
            console.clickLink("Kế hoạch cấp trên").clickLink("Cây triển khai");
            assertThat(console.url()).endsWith("/campaigns/" + provinceId + "/cascade");
            assertThat(console.text()).contains("LS-CL").contains("Đã triển khai").contains("LS-HL").contains("Chưa triển khai")
                    .contains(title);
            console.screenshot("cascade");

            console.go("/campaigns").waitForText(title).screenshot("campaigns");
            console.go("/blocs").screenshot("blocs");
            console.go("/?lang=en").waitForText("Campaigns sent to your unit").screenshot("home-en");
            console.go("/?lang=vi");
            console.signOut();
            log.info("pages checked with axe-core: {}", console.checkedPages());
        }
    }

    /** thiduakt.tinh, through the API: the province's plan to both districts, launched, a milestone today. */
    private static String provinceLaunches(String title, LocalDate today) {
        String token = stack.token("thiduakt.tinh");
        Api.Response created = Api.post(stack.serviceUrl(Service.CAMPAIGN) + "/api/v1/campaigns", Map.of(
                "title", title, "kind", "THEMATIC", "organiserUnitCode", "LS",
                "startDate", today.minusDays(30).toString(), "endDate", today.plusYears(1).toString(),
                "legalBasis", List.of(Map.of("number", "1665/UBND-NC", "date", "2024-11-05", "issuer", "Chủ tịch UBND tỉnh Lạng Sơn")),
                "recipientUnitCodes", List.of("LS-CL", "LS-HL"),
                "milestones", List.of(Map.of("date", today.toString(), "title", "Kỷ niệm ngày thành lập tỉnh"))), token);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().path("id").asString();
        Api.Response launched = Api.post(stack.serviceUrl(Service.CAMPAIGN) + "/api/v1/campaigns/" + id + "/transitions",
                Map.of("to", "LAUNCHED"), token);
        assertThat(launched.status()).as("%s", launched).isEqualTo(200);
        return id;
    }
}
