package vn.tdkt.notification.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template of every kind, in both languages, with the sample data the preview uses. */
class MailTemplatesTest {

    private final MailTemplates templates = TestTemplates.templates();

    static java.util.stream.Stream<String> kinds() {
        return MailTemplates.KINDS.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindRendersInVietnameseWithDiacriticsAndNothingUnresolved(String kind) {
        RenderedMail mail = templates.render(kind, sample(kind), MailTemplates.VIETNAMESE);

        assertComplete(mail);
        assertThat(mail.subject()).startsWith("[Thi đua – Khen thưởng] ");
        assertThat(mail.text()).startsWith("Kính gửi: ")
                .contains("Đây là thư tự động của hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.")
                .contains("Xem chi tiết: " + TestTemplates.CONSOLE + sample(kind).get("path"));
        assertThat(mail.html()).contains("<html lang=\"vi\">", "Kính gửi: ",
                "href=\"" + TestTemplates.CONSOLE + sample(kind).get("path").toString().replace("&", "&amp;") + "\"");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindRendersInEnglish(String kind) {
        RenderedMail mail = templates.render(kind, sample(kind), Locale.ENGLISH);

        assertComplete(mail);
        assertThat(mail.subject()).startsWith("[Emulation and Commendation] ");
        assertThat(mail.text()).startsWith("To: ").contains("Details: " + TestTemplates.CONSOLE)
                .doesNotContain("Kính gửi", "Đây là thư tự động");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void namesAreEscapedInHtmlButNotInText(String lang) {
        var sample = new java.util.HashMap<>(sample("campaign-milestone-added"));
        sample.put("title", "Phong trào <b>“Dân vận khéo”</b> & thi đua");

        RenderedMail mail = templates.render("campaign-milestone-added", sample, Locale.forLanguageTag(lang));

        assertThat(mail.html()).contains("Phong trào &lt;b&gt;“Dân vận khéo”&lt;/b&gt; &amp; thi đua")
                .doesNotContain("<b>");
        assertThat(mail.text()).contains("Phong trào <b>“Dân vận khéo”</b> & thi đua");
    }

    private static Map<String, Object> sample(String kind) {
        return MailSamples.of(kind).orElseThrow(() -> new AssertionError("no sample for " + kind));
    }

    /** No unresolved message (??key_lang??), no template syntax left over, no "null" where a value was missing. */
    private static void assertComplete(RenderedMail mail) {
        for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
            assertThat(part).isNotBlank().doesNotContain("??", "[(", "[#", "[/]", "${", "#{", "null")
                    .doesNotContainPattern("th:[a-z]+=");
        }
        assertThat(mail.subject()).doesNotContain("\n");
    }
}
