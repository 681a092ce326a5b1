package vn.tdkt.notification.template;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.tdkt.support.testing.TestTokens;

/** The template list and the preview: shape, languages, problems, and that a token is needed. */
@WebMvcTest(TemplateController.class)
@Import(TemplateConfiguration.class)
class TemplateControllerTest {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("tdkt.notification.console-url", () -> "https://thidua.langson.gov.vn/");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryKindPaged() throws Exception {
        mvc.perform(get("/api/v1/notification-templates").param("size", "3")
                        .header("Authorization", TestTokens.officer("LS-CL")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(MailTemplates.KINDS.size()))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].kind").value("bloc-result"))
                .andExpect(jsonPath("$.items[0].languages[1]").value("en"));
    }

    @Test
    void previewsInVietnameseByDefaultAndInEnglish() throws Exception {
        mvc.perform(post("/api/v1/notification-templates/campaign-phase-changed/preview")
                        .header("Authorization", TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lang").value("vi"))
                .andExpect(jsonPath("$.subject").value("[Thi đua – Khen thưởng] Phát động phong trào: Thi đua thực"
                        + " hiện thắng lợi nhiệm vụ năm 2026"))
                .andExpect(jsonPath("$.text", containsString(
                        "Xem chi tiết: https://thidua.langson.gov.vn/campaigns/c-2026-01")))
                .andExpect(jsonPath("$.html", startsWith("<!DOCTYPE html>")));
        mvc.perform(post("/api/v1/notification-templates/congress-document-reminder/preview").param("lang", "en")
                        .header("Authorization", TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("[Emulation and Commendation] Reminder: send the campaign summary"
                        + " report before Đại hội Thi đua yêu nước xã Chi Lăng lần thứ I"));
    }

    @Test
    void anUnknownKindIsNotFoundAndAnUnknownLanguageNamesLang() throws Exception {
        mvc.perform(post("/api/v1/notification-templates/nope/preview").header("Authorization", TestTokens.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/notification-templates/bloc-result/preview").param("lang", "fr")
                        .header("Authorization", TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
    }

    @Test
    void withoutATokenNothingIsRendered() throws Exception {
        mvc.perform(post("/api/v1/notification-templates/bloc-result/preview")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/notification-templates")).andExpect(status().isUnauthorized());
    }
}
