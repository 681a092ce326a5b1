package vn.tdkt.delegate.apportionment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.support.testing.PermissionMatrix.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.tdkt.support.testing.DemoUnitTree;
import vn.tdkt.support.testing.DemoUser;
import vn.tdkt.support.testing.PermissionMatrix;
import vn.tdkt.support.testing.TestTokens;

/** The fixed contract of POST /api/v1/apportionments: 200, 400 naming every field, 422, and who may call it. */
@WebMvcTest(ApportionmentController.class)
@Import(DemoUnitTree.class)
class ApportionmentControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    static final String PARTIES = """
            {"seats":8,"method":"DHONDT","units":[{"code":"Đảng ủy xã Nhân Lý","weight":100000},
             {"code":"LS-CL","weight":80000},{"code":"LS-HL","weight":30000},{"code":"LS-STC","weight":20000}]}""";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String body) throws Exception {
        return post(body, DemoUser.CONGRESS_ORGANISER);
    }

    private ResultActions post(String body, DemoUser user) throws Exception {
        return mvc.perform(request(body).header("Authorization", user.bearer()));
    }

    private static MockHttpServletRequestBuilder request(String body) {
        return MockMvcRequestBuilders.post("/api/v1/apportionments").contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @Test
    void allocatesInRequestOrderWithExactQuotasAndAReasonForEachUnit() throws Exception {
        post(PARTIES)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("DHONDT"))
                .andExpect(jsonPath("$.seats").value(8))
                .andExpect(jsonPath("$.allocations[*].code").value(contains(
                        "Đảng ủy xã Nhân Lý", "LS-CL", "LS-HL", "LS-STC")))
                .andExpect(jsonPath("$.allocations[*].seats").value(contains(4, 3, 1, 0)))
                .andExpect(jsonPath("$.allocations[0].quota").value("80/23"))
                .andExpect(jsonPath("$.allocations[0].quotaDecimal").value(3.478261))
                .andExpect(jsonPath("$.allocations[0].explanation").value(startsWith("100000 ÷ ")))
                .andExpect(jsonPath("$.divisor").isNotEmpty())
                .andExpect(jsonPath("$.warnings", hasSize(0)));
    }

    @Test
    void websterIsTheDefaultAndTiesAreWarned() throws Exception {
        post("""
                {"seats":4,"units":[{"code":"X","weight":1},{"code":"A","weight":1},{"code":"B","weight":1}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.method").value("WEBSTER"))
                .andExpect(jsonPath("$.allocations[*].seats").value(contains(2, 1, 1)))
                .andExpect(jsonPath("$.warnings[0].type").value("TIE"))
                .andExpect(jsonPath("$.warnings[0].unitCodes", containsInAnyOrder("X", "A", "B")))
                .andExpect(jsonPath("$.warnings[0].message").value(containsString("request order")));
    }

    @Test
    void hamiltonWarnsOfTheAlabamaParadox() throws Exception {
        post("""
                {"seats":10,"method":"HAMILTON","units":[{"code":"A","weight":6},{"code":"B","weight":6},
                 {"code":"C","weight":2}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allocations[*].seats").value(contains(4, 4, 2)))
                .andExpect(jsonPath("$.warnings[0].type").value("ALABAMA_PARADOX"))
                .andExpect(jsonPath("$.warnings[0].unitCodes[0]").value("C"));
    }

    @Test
    void malformedInputIsA400NamingEveryField() throws Exception {
        post("""
                {"units":[{"code":"A","weight":1},{"code":"B","weight":-2},{"code":"A","weight":0},
                 {"code":" ","weight":1.0000000001}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("seats", "units[1].weight",
                        "units[2].code", "units[2].weight", "units[3].code", "units[3].weight")));
    }

    @Test
    void noUnitsAnUnknownMethodAndAnUnknownFieldAre400s() throws Exception {
        post("""
                {"seats":3,"units":[]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("units"));
        post("""
                {"seats":3,"method":"SAINTE_LAGUE","units":[{"code":"A","weight":1}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("HUNTINGTON_HILL")));
        post("""
                {"seats":3,"units":[{"code":"A","weight":1}],"house":5}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        post("""
                {"seats":"many","units":[{"code":"A","weight":1}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seats"));
    }

    @Test
    void boundsNoAllocationCanMeetAreA422() throws Exception {
        post("""
                {"seats":5,"minSeatsPerUnit":3,"units":[{"code":"A","weight":1},{"code":"B","weight":1}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("minSeatsPerUnit"));
        post("""
                {"seats":5,"maxSeatsPerUnit":2,"units":[{"code":"A","weight":1},{"code":"B","weight":1}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("maxSeatsPerUnit"));
        post("""
                {"seats":5,"minSeatsPerUnit":2,"maxSeatsPerUnit":1,"units":[{"code":"A","weight":1}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("minSeatsPerUnit"));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                row(DemoUser.ADMIN, Call.class, 200),
                row(DemoUser.OFFICER_PROVINCE, Call.class, 200),
                row(DemoUser.OFFICER_NHAN_LY, Call.class, 200),
                row(DemoUser.COUNCIL_SECRETARY, Call.class, 200),
                row(DemoUser.COUNCIL_MEMBER, Call.class, 200),
                row(DemoUser.LEADER_CHI_LANG, Call.class, 200),
                row(DemoUser.CONGRESS_ORGANISER, Call.class, 200),
                row(DemoUser.OPERATOR, Call.class, 403))
                .flatMap(List::stream);
    }

    enum Call { APPORTION }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("matrix")
    void everyOfficerMayCallItTheOperatorMayNot(DemoUser user, Call call, int expected) throws Exception {
        post(PARTIES, user).andExpect(status().is(expected));
    }

    static Stream<Arguments> badTokens() {
        return PermissionMatrix.badTokens(Call.class);
    }

    @ParameterizedTest(name = "{0} token → 401")
    @MethodSource("badTokens")
    void refusesBadTokens(TestTokens.BadToken token, Call call) throws Exception {
        MockHttpServletRequestBuilder request = request(PARTIES);
        if (token.header() != null) {
            request.header("Authorization", token.header());
        }
        mvc.perform(request).andExpect(status().isUnauthorized());
    }
}
