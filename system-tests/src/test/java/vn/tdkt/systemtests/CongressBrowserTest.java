package vn.tdkt.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The district organiser's workflow in a real browser (issue 16's "as the district organiser plan the congress and
 * allocate seats"): thiduakt.chilang, the emulation officer of huyện Chi Lăng, holds ORGANISE_CONGRESSES in the
 * district's subtree (bantochuc.tinh organises the province's). Seed 002: the district conference of at most 300
 * (350 refused at the field), its form chosen because the demo tree gives no staff count, the pilot commune Nhân
 * Lý first (a date after the district's refused, then moved before it), the timeline chart, 210 exemplary seats
 * typed by hand as 18 and 40 → 65 and 145, and the roster with what is missing. axe-core on every page.
 */
@ExtendWith(ConsoleStack.Extension.class)
class CongressBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(CongressBrowserTest.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static ConsoleStack stack;

    @BeforeAll
    static void theSystem(ConsoleStack running) {
        stack = running;
    }

    @Test
    void theDistrictOrganiserPlansTheCongressAndAllocatesItsSeats() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate district = today.plusDays(90);
        String title = "Hội nghị điển hình tiên tiến huyện Chi Lăng " + district.getYear();
        String pilot = "Hội nghị điển hình tiên tiến xã Nhân Lý " + district.getYear();

        try (Console console = Console.open(stack)) {
            console.signIn("thiduakt.chilang");
            console.clickLink("Đại hội thi đua").clickLink("Lập kế hoạch đại hội");
            assertThat(console.field("Đơn vị tổ chức").getAttribute("value")).isEqualTo("LS-CL");
            // no staff count in the demo tree: the organiser must choose the form
            assertThat(console.text()).contains("Ban tổ chức cần chọn hình thức");
            console.fill("Tên đại hội", title).fill("Hình thức", "Hội nghị đại biểu")
                    .fill("Ngày tổ chức", district.format(DMY)).fill("Số đại biểu tối đa", "350")
                    .fill("Tỷ lệ điển hình tiên tiến (%)", "70").fill("Nữ (%)", "30")
                    .screenshot("congress-plan")
                    .press("Lập kế hoạch");
            assertThat(console.errorAt("Số đại biểu tối đa")).as("more than 300 at the district").isNotBlank();
            console.fill("Số đại biểu tối đa", "300").press("Lập kế hoạch");
            assertThat(console.heading()).isEqualTo(title);
            assertThat(console.text()).contains("Đã lập kế hoạch đại hội").contains("Hội nghị đại biểu").contains("210");

            // The pilot commune: on the district's day it is refused at the date, with the override offered
            console.clickLink("Lập kế hoạch đại hội cấp dưới");
            console.fill("Đơn vị tổ chức", "LS-CL-NL").fill("Tên đại hội", pilot).fill("Hình thức", "Hội nghị toàn thể")
                    .fill("Ngày tổ chức", district.plusDays(1).format(DMY)).check("Đại hội thí điểm (tổ chức trước các đơn vị cùng cấp)")
                    .press("Lập kế hoạch");
            assertThat(console.errorAt("Ngày tổ chức")).as("not before the district's congress").isNotBlank();
            assertThat(console.text()).contains("Lý do tổ chức khác thứ tự các cấp");
            console.screenshot("congress-plan-refused");
            console.fill("Ngày tổ chức", district.minusDays(45).format(DMY)).press("Lập kế hoạch");
            assertThat(console.heading()).isEqualTo(pilot);

            // The timeline of the district: the pilot first, the district last, as a chart and a table
            console.clickLink(title).clickLink("Lịch đại hội các cấp");
            assertThat(console.text()).contains(pilot).contains("Lịch đại hội và tài liệu");
            assertThat(console.driver().findElements(org.openqa.selenium.By.cssSelector("svg.gantt g.row"))).hasSize(2);
            console.screenshot("congress-timeline").phoneScreenshot("congress-timeline-phone");

            // 210 exemplary seats among the communes, weights typed by hand
            console.clickLink("Về trang đại hội").clickLink("Phân bổ đại biểu").clickLink("Phân bổ đại biểu");
            console.fill("Trọng số theo", "Nhập tay").press("Lấy các đơn vị cấp dưới");
            assertThat(console.field("Tổng số đại biểu").getAttribute("value")).isEqualTo("210");
            console.fill("Đơn vị và trọng số", "LS-CL-NL;18\nLS-CL-DM;40").press("Tính");
            assertThat(console.text()).contains("Kết quả: 210 đại biểu").contains("hạn ngạch");
            console.screenshot("apportionment");
            console.press("Lưu phân bổ cho đại hội");
            assertThat(console.text()).contains("Đã lưu phân bổ đại biểu.").contains("Lần phân bổ 1").contains("65").contains("145");
            console.screenshot("congress-allocation");

            // The roster: each commune's seats and what is still missing
            console.clickLink("Danh sách triệu tập");
            assertThat(console.text()).contains("LS-CL-NL").contains("LS-CL-DM").contains("Còn thiếu").contains("Chưa có danh sách");
            console.screenshot("congress-roster");
            console.signOut();
            log.info("pages checked with axe-core: {}", console.checkedPages());
        }
    }
}
