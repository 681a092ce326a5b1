package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.tdkt.localstack.Service;

/**
 * The nomination screens in a real browser on the shared {@link ConsoleStack}: an officer drafts a dossier and
 * reads the eligibility explainer before submitting it; the council's secretary opens a session and a member
 * (uyvien.1) casts a secret ballot and sees it counted. axe-core checks every page; screenshots go to the docs.
 */
@ExtendWith(ConsoleStack.Extension.class)
class NominationBrowserTest {

    private static ConsoleStack stack;

    @BeforeAll
    static void theSystem(ConsoleStack running) {
        stack = running;
    }

    /** thiduakt.chilang: a person nominated for Lao động tiên tiến, the explainer per criterion, saved and submitted. */
    @Test
    void anOfficerNominatesAPersonAndReadsTheExplainer() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        try (Console console = Console.open(stack)) {
            console.signIn("thiduakt.chilang");
            console.clickLink("Hồ sơ khen thưởng").clickLink("Lập hồ sơ đề nghị khen thưởng");
            console.fill("Mã cán bộ / mã tập thể", "CB-CL-0101").fill("Họ tên / tên tập thể", "Lương Thị Hoa")
                    .fill("Chức vụ", "Chuyên viên Phòng Nội vụ").fill("Giới tính", "Nữ").fill("Dân tộc", "Tày")
                    .fill("Hình thức khen thưởng", "Lao động tiên tiến")
                    .fill("Xếp loại (dòng 3)", "Hoàn thành tốt nhiệm vụ")
                    .fill("Kỷ luật", "Không bị kỷ luật")
                    .fill("Báo cáo thành tích", "Hoàn thành tốt nhiệm vụ năm " + year + "; số hoá 100% hồ sơ một cửa của phòng.");
            console.press("Xem điều kiện, tiêu chuẩn").waitForText("Điều kiện, tiêu chuẩn theo từng tiêu chí");
            assertThat(console.text()).as("each criterion with its legal ground").contains("Căn cứ").contains("Điều ");
            console.checkAccessibility().screenshot("nomination-explainer").phoneScreenshot("nomination-explainer-phone");

            console.press("Lưu nháp");
            assertThat(console.heading()).contains("Lương Thị Hoa").contains("Lao động tiên tiến");
            assertThat(console.text()).contains("Đã lưu hồ sơ").contains("Nháp");
            console.press("Gửi hồ sơ");
            assertThat(console.text()).contains("Đã gửi hồ sơ tới cấp xét").contains("Gửi hồ sơ");
            console.screenshot("nomination");

            console.go("/nominations?q=luong+thi+hoa").waitForText("Lương Thị Hoa").screenshot("nominations");
            console.signOut();
        }
    }

    /**
     * Arranged through the API: a district dossier submitted and appraised, the district's council (uyvien.1…5,
     * thuky.hoidong as secretary). In the browser the secretary opens a session after the guardrails, and
     * uyvien.1 votes and sees the ballot counted, by its receipt; the choice is shown nowhere afterwards.
     */
    @Test
    void aCouncilMemberVotesAndSeesTheBallotCounted() {
        String nominationId = appraisedDossier();
        Api.Response council = Api.put(stack.serviceUrl(Service.NOMINATION) + "/api/v1/councils/LS-CL",
                NominationFlow.council("Hội đồng Thi đua – Khen thưởng huyện Chi Lăng",
                        List.of("uyvien.1", "uyvien.2", "uyvien.3", "uyvien.4", "uyvien.5")),
                stack.token("thuky.hoidong"));
        assertThat(council.status()).as("%s", council).isIn(200, 201);
        int year = (Integer) NominationFlow.dossier("LS-CL", "LS-CL", "LS-CL").get("year");

        String sessionPath;
        try (Console console = Console.open(stack)) {
            console.signIn("thuky.hoidong");
            console.go("/councils/LS-CL/sessions/new?year=" + year).waitForText("Kiểm soát tỷ lệ, số lượng trước khi họp");
            console.screenshot("council-open");
            console.fill("Tên phiên họp", "Phiên xét khen thưởng năm " + year).press("Mở phiên họp");
            assertThat(console.text()).contains("Đang họp").contains("Hoàng Thị Lan");
            sessionPath = console.url().substring(stack.consoleUrl().length());
            console.signOut();
        }
        assertThat(nominationId).isNotBlank();

        try (Console console = Console.open(stack)) {
            console.signIn("uyvien.1");
            console.clickLink("Hội đồng TĐKT").clickLink("Hội đồng Thi đua – Khen thưởng huyện Chi Lăng")
                    .clickLink("Phiên xét khen thưởng năm " + year);
            assertThat(console.url()).endsWith(sessionPath);
            assertThat(console.text()).contains("Bỏ phiếu kín").contains("Hoàng Thị Lan");
            console.screenshot("council-ballot");
            console.check("Đồng ý").press("Bỏ phiếu");
            assertThat(console.text()).contains("Phiếu của bạn đã được ghi nhận và kiểm đếm").contains("Mã xác nhận")
                    .contains("Đã bỏ phiếu, đã kiểm đếm");
            assertThat(console.url()).doesNotContain("APPROVE");
            console.checkAccessibility().screenshot("council-ballot-counted");
            console.signOut();
        }
    }

    /** thiduakt.chilang files and appraises a dossier addressed to the district, noting what the law leaves UNKNOWN. */
    private static String appraisedDossier() {
        String token = stack.token("thiduakt.chilang");
        Map<String, Object> body = new LinkedHashMap<>(NominationFlow.dossier("LS-CL", "LS-CL", "LS-CL"));
        @SuppressWarnings("unchecked")
        Map<String, Object> nominee = new LinkedHashMap<>((Map<String, Object>) body.get("nominee"));
        nominee.put("nomineeId", "CB-CL-0202");
        body.put("nominee", nominee);
        body.put("submit", true);
        String base = stack.serviceUrl(Service.NOMINATION) + "/api/v1/nominations";
        Api.Response created = Api.post(base, body, token);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().path("id").asString();
        Api.Response first = Api.post(base + "/" + id + "/appraisal", Map.of(), token);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        if (!"APPRAISED".equals(first.json().path("status").asString())) {
            Map<String, String> notes = new TreeMap<>();
            for (JsonNode c : first.json().path("appraisal").path("criteria")) {
                if ("UNKNOWN".equals(c.path("status").asString())) {
                    notes.put(c.path("code").asString(), "Đã kiểm tra hồ sơ gốc: đạt (ghi nhận của tổ thẩm định)");
                }
            }
            Api.Response second = Api.post(base + "/" + id + "/appraisal", Map.of("notes", notes), token);
            assertThat(second.json().path("status").asString()).as("%s", second).isEqualTo("APPRAISED");
        }
        return id;
    }
}
