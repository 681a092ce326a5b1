package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import vn.tdkt.delegate.congress.CongressCatalog;
import vn.tdkt.delegate.exemplary.ExemplaryDirectory;
import vn.tdkt.support.outbox.OutboxRelay;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/**
 * Delegate lists and the roster over HTTP: the role matrix (a unit's own people propose, the organising committee
 * reads), problem+json for bad input and illegal moves, and the exports.
 */
@WebMvcTest({DelegateListController.class, RosterController.class, UnitListsController.class})
@Import({DelegateListService.class, Roster.class, DemoUnitTree.class, DelegateListControllerTest.Congresses.class})
class DelegateListControllerTest {

    static final String NHAN_LY_LIST = "/api/v1/congresses/cl/delegate-lists/LS-CL-NL";
    /** A congress the district cancelled, which had allocated Nhân Lý 5 seats. */
    static final String CANCELLED = "huy";
    static final String NEW_DELEGATE = """
            {"fullName": "Hà Thị Nga", "birthYear": 1980, "gender": "FEMALE", "ethnicity": "Tày",
             "position": "Giáo viên Trường Tiểu học Nhân Lý", "category": "EXEMPLARY", "sector": "STATE"}""";

    @TestConfiguration
    static class Congresses {
        @Bean
        CongressCatalog congressCatalog() {
            InMemoryCongressCatalog catalog = InMemoryCongressCatalog.chiLang();
            catalog.put(new vn.tdkt.delegate.congress.CongressFacts(CANCELLED, "LS-CL", null,
                    java.time.LocalDate.of(2025, 4, 20), 300, InMemoryCongressCatalog.SEED_002,
                    InMemoryCongressCatalog.allocation(new vn.tdkt.delegate.congress.CongressFacts.UnitSeats(
                            "LS-CL-NL", 5)), "CANCELLED"));
            return catalog;
        }
    }

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DelegateListRepository repository;
    @MockitoBean
    ExemplaryDirectory exemplary;
    @MockitoBean
    OutboxRelay relay;
    @MockitoBean
    UnitDirectory units;

    /** Nhân Lý's draft (version 2); Đồng Mỏ's approved list, with a cell a spreadsheet would run as a formula. */
    @BeforeEach
    void lists() {
        when(repository.find(any())).thenAnswer(call -> ((DelegateListId) call.getArgument(0)).unitCode()
                .equals("LS-CL-NL") ? Optional.of(nhanLy()) : Optional.empty());
        when(repository.ofCongresses(any())).thenAnswer(call -> List.of(nhanLy(), dongMo()));
        doAnswer(call -> {
            DelegateList list = call.getArgument(0);
            list.stored(list.version() == null ? 0 : list.version() + 1);
            return null;
        }).when(repository).update(any(), anyList());
        doAnswer(call -> {
            ((DelegateList) call.getArgument(0)).stored(0);
            return null;
        }).when(repository).insert(any(), anyList());
        when(units.findAll(any())).thenReturn(Map.of("LS-CL-DM", new DirectoryUnit("LS-CL-DM",
                "UBND thị trấn Đồng Mỏ", "COMMUNE", "LS-CL", 45, List.of(), 1, DelegateListTest.CLOCK.instant())));
    }

    static DelegateList nhanLy() {
        return DelegateList.restore(new DelegateListId("cl", "LS-CL-NL"), DelegateListTest.CLOCK.instant(),
                List.of(Delegates.exemplary("Lương Thị Hoa", 1978).withId("d-1")), List.of(), ListStatus.DRAFT, 1, 2);
    }

    static DelegateList dongMo() {
        return DelegateList.restore(new DelegateListId("cl", "LS-CL-DM"), DelegateListTest.CLOCK.instant(),
                List.of(Delegates.exemplary("Hoàng Thị Mai", 1988).withId("d-1"),
                        new Delegate("d-2", "Nguyễn Văn Bình", 1970, Gender.MALE, "Kinh", "=HYPERLINK(\"http://x\")",
                                Category.LEADER, false, false, EconomicSector.STATE, null)),
                List.of(), ListStatus.APPROVED, 2, 5);
    }

    /**
     * APPROVE and REOPEN hit Nhân Lý's draft, so whoever may act gets the illegal move (409); BAD_BODY and BAD_PAGE
     * send what is invalid, so whoever may act gets 400 and everyone else 403 (the right is checked first).
     */
    enum Request {
        READ_LIST, READ_CHECKS, ADD_DELEGATE, SUBMIT, READ_ROSTER, EXPORT_ROSTER, EXPORT_ALLOCATION, APPROVE, REOPEN,
        CONFIRM_DISTINCT, BAD_BODY, BAD_PAGE
    }

    static Stream<Arguments> matrix() {
        // list checks add submit roster export allocation approve reopen distinct bad-body bad-page
        return Stream.of(
                row(DemoUser.ADMIN, Request.class, 200, 200, 201, 200, 200, 200, 200, 409, 409, 200, 400, 400),
                row(DemoUser.OFFICER_PROVINCE, Request.class, 200, 200, 201, 200, 200, 200, 200, 403, 409, 200, 400,
                        400),
                row(DemoUser.OFFICER_CHI_LANG, Request.class, 200, 200, 201, 200, 200, 200, 200, 403, 409, 200, 400,
                        400),
                row(DemoUser.OFFICER_HUU_LUNG, Request.class, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
                        403),
                row(DemoUser.OFFICER_NHAN_LY, Request.class, 200, 200, 201, 200, 403, 403, 403, 409, 409, 200, 400,
                        400),
                row(DemoUser.COUNCIL_SECRETARY, Request.class, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
                        403),
                row(DemoUser.COUNCIL_MEMBER, Request.class, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
                        403),
                row(DemoUser.LEADER_CHI_LANG, Request.class, 200, 200, 201, 200, 403, 403, 403, 403, 409, 200, 400,
                        400),
                row(DemoUser.CONGRESS_ORGANISER, Request.class, 200, 200, 201, 200, 200, 200, 200, 403, 409, 200, 400,
                        400),
                row(DemoUser.OPERATOR, Request.class, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403))
                .flatMap(List::stream);
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Request.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void decides(DemoUser user, Request request, int expected) throws Exception {
        mvc.perform(build(request).header("Authorization", user.bearer())).andExpect(status().is(expected));
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
            case READ_LIST -> get(NHAN_LY_LIST);
            case READ_CHECKS -> get(NHAN_LY_LIST + "/checks");
            case SUBMIT -> post(NHAN_LY_LIST + "/submit");
            case EXPORT_ROSTER -> get("/api/v1/congresses/cl/roster/export").param("format", "xlsx");
            case ADD_DELEGATE -> post(NHAN_LY_LIST + "/delegates").contentType(MediaType.APPLICATION_JSON)
                    .content(NEW_DELEGATE);
            case READ_ROSTER -> get("/api/v1/congresses/cl/roster");
            case EXPORT_ALLOCATION -> get("/api/v1/congresses/cl/allocation/export");
            case APPROVE -> post(NHAN_LY_LIST + "/approve");
            case REOPEN -> post(NHAN_LY_LIST + "/reopen").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"Trả lại để bổ sung đại biểu nữ\"}");
            case CONFIRM_DISTINCT -> put(NHAN_LY_LIST + "/delegates/d-1/distinct-person")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Khác quê quán\"}");
            case BAD_BODY -> put(NHAN_LY_LIST + "/delegates/d-1/distinct-person")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}");
            case BAD_PAGE -> get(NHAN_LY_LIST + "/delegates").param("size", "-1");
        };
    }

    @Test
    void aDelegateIsAddedWithTheListsNewVersionAndItsLiveChecks() throws Exception {
        mvc.perform(post(NHAN_LY_LIST + "/delegates").header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer())
                        .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith(NHAN_LY_LIST + "/delegates/d-2")))
                .andExpect(jsonPath("$.delegates[1].fullName").value("Hà Thị Nga"))
                .andExpect(jsonPath("$.delegates[1].attributes[0]").value("WOMEN"))
                .andExpect(jsonPath("$.checks.approvable").value(true))
                .andExpect(jsonPath("$.checks.checks[0].code").value("SEATS"))
                .andExpect(jsonPath("$.checks.checks[0].message").value("2 trên 5 ghế được phân bổ, còn 3"));
    }

    @Test
    void theWholeListIsReplacedAtOnceWithEveryWrongFieldNamed() throws Exception {
        String officer = DemoUser.OFFICER_NHAN_LY.bearer();
        String two = "{\"delegates\": [" + NEW_DELEGATE + ", " + NEW_DELEGATE.replace("Hà Thị Nga", "Vi Văn Thắng")
                .replace("FEMALE", "MALE") + "]}";
        mvc.perform(put(NHAN_LY_LIST + "/delegates").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(two))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(NHAN_LY_LIST + "/delegates").header("Authorization", officer).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(two))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.delegates[*].id").value(org.hamcrest.Matchers.contains("d-2", "d-3")))
                .andExpect(jsonPath("$.delegates[1].fullName").value("Vi Văn Thắng"));
        mvc.perform(put(NHAN_LY_LIST + "/delegates").header("Authorization", officer).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"delegates\": [" + NEW_DELEGATE + ", {\"fullName\": \"Vi Văn Thắng\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("delegates[1].birthYear"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        String officer = DemoUser.OFFICER_NHAN_LY.bearer();
        mvc.perform(post(NHAN_LY_LIST + "/delegates").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"A\", \"birthYear\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("birthYear"));
        mvc.perform(post(NHAN_LY_LIST + "/delegates").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\": \"Hà Thị Nga\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("birthYear", "gender",
                        "ethnicity", "position", "category")));
        mvc.perform(post(NHAN_LY_LIST + "/delegates").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE.replace("}", ", \"colour\": 1}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(post("/api/v1/congresses/cl/delegate-lists/LS CL/delegates").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isForbidden()); // no right on a unit that cannot exist: refused before judged
        mvc.perform(post("/api/v1/congresses/cl/delegate-lists/LS CL/delegates")
                        .header("Authorization", DemoUser.ADMIN.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        verify(repository, never()).update(any(), anyList());
        verify(repository, never()).insert(any(), anyList());
    }

    @Test
    void aNamesakeConfirmationIsKeptOnTheEntryWithWhoAndWhy() throws Exception {
        mvc.perform(put(NHAN_LY_LIST + "/delegates/d-1/distinct-person")
                        .header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer()).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Khác quê quán: thôn Bắc Thủy, không phải thị trấn Đồng Mỏ\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.delegates[0].distinctPerson.reason")
                        .value("Khác quê quán: thôn Bắc Thủy, không phải thị trấn Đồng Mỏ"))
                .andExpect(jsonPath("$.delegates[0].distinctPerson.by").value("thiduakt.nhanly"));
        mvc.perform(put(NHAN_LY_LIST + "/delegates/d-1/distinct-person")
                        .header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"khác người\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    @Test
    void aCancelledCongressTakesNoDelegateListsAndSaysItsStatus() throws Exception {
        mvc.perform(post("/api/v1/congresses/" + CANCELLED + "/delegate-lists/LS-CL-NL/delegates")
                        .header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.congressStatus").value("CANCELLED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CANCELLED")))
                .andExpect(jsonPath("$.errors[0].field").value("congressId"));
        verify(repository, never()).insert(any(), anyList());
        verify(repository, never()).update(any(), anyList());
    }

    @Test
    void versionsAndIllegalMovesAreConflictsThatNameTheirCause() throws Exception {
        String officer = DemoUser.OFFICER_NHAN_LY.bearer();
        mvc.perform(put(NHAN_LY_LIST + "/delegates/d-1").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(NHAN_LY_LIST + "/delegates/d-1").header("Authorization", officer).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(post(NHAN_LY_LIST + "/approve").header("Authorization", officer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.from").value("DRAFT"))
                .andExpect(jsonPath("$.allowed[0]").value("PROPOSED"));
        mvc.perform(post(NHAN_LY_LIST + "/reopen").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/congresses/hl/delegate-lists/LS-HL/delegates")
                        .header("Authorization", DemoUser.ADMIN.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_DELEGATE))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"));
        mvc.perform(get("/api/v1/congresses/nowhere/roster").header("Authorization", DemoUser.ADMIN.bearer()))
                .andExpect(status().isNotFound());
        verify(repository, never()).update(any(), anyList());
    }

    @Test
    void theRosterAndItsSummaryShowTheApprovedListsOnly() throws Exception {
        String organiser = DemoUser.OFFICER_CHI_LANG.bearer();
        mvc.perform(get("/api/v1/congresses/cl/roster").param("size", "1").header("Authorization", organiser))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].unitCode").value("LS-CL-DM"))
                .andExpect(jsonPath("$.items[0].fullName").value("Hoàng Thị Mai"));
        mvc.perform(get("/api/v1/congresses/cl/roster/summary").header("Authorization", organiser))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[0].unitCode").value("LS-CL-NL"))
                .andExpect(jsonPath("$.units[0].seats").value(5))
                .andExpect(jsonPath("$.units[0].proposed").value(1))
                .andExpect(jsonPath("$.units[0].approved").value(0))
                .andExpect(jsonPath("$.units[0].missing").value(5))
                .andExpect(jsonPath("$.units[1].approved").value(2))
                .andExpect(jsonPath("$.units[1].missing").value(2))
                .andExpect(jsonPath("$.units[0].blocking").value(0))
                .andExpect(jsonPath("$.totals.seats").value(9))
                .andExpect(jsonPath("$.totals.approved").value(2))
                .andExpect(jsonPath("$.totals.missing").value(7))
                .andExpect(jsonPath("$.composition[0].code").value("EXEMPLARY_SHARE"))
                .andExpect(jsonPath("$.composition[0].percent").value(50.0))
                .andExpect(jsonPath("$.composition[0].outcome").value("WARNING"));
    }

    @Test
    void theRosterExportsAsCsvWithABomAndAsExcelWithFormulasAsText() throws Exception {
        String organiser = DemoUser.OFFICER_CHI_LANG.bearer();
        byte[] csv = mvc.perform(get("/api/v1/congresses/cl/roster/export").header("Authorization", organiser))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Mã đơn vị,Đơn vị,Họ và tên,Năm sinh,Giới tính,Dân tộc");
        assertThat(text).contains("1,LS-CL-DM,UBND thị trấn Đồng Mỏ,Hoàng Thị Mai,1988,Nữ,Nùng");
        assertThat(text).contains("'=HYPERLINK");

        byte[] xlsx = mvc.perform(get("/api/v1/congresses/cl/roster/export").param("format", "xlsx")
                        .header("Authorization", organiser))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Hoàng Thị Mai");
            Cell formula = sheet.getRow(2).getCell(7);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theAllocationExportsWithEachUnitsProgressAndTotals() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/congresses/cl/allocation/export").header("Authorization",
                        DemoUser.CONGRESS_ORGANISER.bearer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFSTT,Mã đơn vị,Đơn vị,Số đại biểu được phân bổ,Đã đề xuất,Đã thông qua,Còn thiếu,"
                        + "Phương pháp phân bổ,Lần phân bổ",
                "1,LS-CL-NL,,5,1,0,5,WEBSTER,1",
                "2,LS-CL-DM,UBND thị trấn Đồng Mỏ,4,2,2,2,WEBSTER,1",
                "\"\",,Tổng cộng,9,3,2,7,WEBSTER,1"); // commons-csv quotes an empty first field
        mvc.perform(get("/api/v1/congresses/cl/allocation/export").param("format", "pdf")
                        .header("Authorization", DemoUser.CONGRESS_ORGANISER.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    static Stream<Arguments> unitListReaders() {
        return Stream.of(Arguments.of(DemoUser.ADMIN, 200), Arguments.of(DemoUser.OFFICER_PROVINCE, 200),
                Arguments.of(DemoUser.OFFICER_CHI_LANG, 200), Arguments.of(DemoUser.OFFICER_HUU_LUNG, 403),
                Arguments.of(DemoUser.OFFICER_NHAN_LY, 200), Arguments.of(DemoUser.COUNCIL_SECRETARY, 403),
                Arguments.of(DemoUser.COUNCIL_MEMBER, 403), Arguments.of(DemoUser.LEADER_CHI_LANG, 200),
                Arguments.of(DemoUser.CONGRESS_ORGANISER, 200), Arguments.of(DemoUser.OPERATOR, 403));
    }

    @ParameterizedTest(name = "{0} reads Nhân Lý's lists → {1}")
    @MethodSource("unitListReaders")
    void aUnitsListsAreReadByThoseWhoProposeForIt(DemoUser user, int expected) throws Exception {
        when(repository.ofUnit(eq("LS-CL-NL"), any(), any())).thenAnswer(call -> vn.tdkt.support.paging.PageResponse.of(
                call.getArgument(2), List.of(nhanLy()), 1));
        mvc.perform(get("/api/v1/delegate-lists").param("unit", "LS-CL-NL").header("Authorization", user.bearer()))
                .andExpect(status().is(expected));
    }

    @Test
    void aUnitsListsAreSummedUpWithTheirCongressAndSeatsButNoPerson() throws Exception {
        when(repository.ofUnit(eq("LS-CL-NL"), eq(ListStatus.DRAFT), any())).thenAnswer(call ->
                vn.tdkt.support.paging.PageResponse.of(call.getArgument(2), List.of(nhanLy()), 1));
        String body = mvc.perform(get("/api/v1/delegate-lists").param("unit", "LS-CL-NL").param("status", "DRAFT")
                        .header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].congressId").value("cl"))
                .andExpect(jsonPath("$.items[0].congressOrganiserUnitCode").value("LS-CL"))
                .andExpect(jsonPath("$.items[0].unitCode").value("LS-CL-NL"))
                .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].count").value(1))
                .andExpect(jsonPath("$.items[0].seats").value(5))
                .andExpect(jsonPath("$.items[0].version").value(2))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Lương Thị Hoa");
    }

    @Test
    void aUnitsListsAskTheRightFirstThenNameTheBadParameter() throws Exception {
        mvc.perform(get("/api/v1/delegate-lists").param("unit", "LS-CL-NL").param("status", "SENT")
                        .header("Authorization", DemoUser.OFFICER_HUU_LUNG.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/delegate-lists").param("unit", "LS-CL-NL").param("status", "SENT")
                        .header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/delegate-lists").header("Authorization", DemoUser.OFFICER_NHAN_LY.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }
}
