package vn.tdkt.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.json.JsonWriter;
import vn.tdkt.support.logging.MaskingLogCustomizer;

class PersonalDataTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            qlns@stc.langson.gov.vn, q***@stc.langson.gov.vn
            a@b.vn,                  a***@b.vn
            không-phải-thư,          ***
            -,                       -
            """)
    void masksOneAddressKeepingTheOffice(String email, String masked) {
        assertThat(PersonalData.maskEmail(email)).isEqualTo(masked);
    }

    @Test
    void masksEveryAddressInsideAText() {
        String smtpError = "550 5.1.1 <truongphong.qlns@stc.langson.gov.vn>: Recipient address rejected; "
                + "also vanthu@snv.langson.gov.vn";

        assertThat(PersonalData.maskEmailsIn(smtpError)).isEqualTo(
                "550 5.1.1 <t***@stc.langson.gov.vn>: Recipient address rejected; also v***@snv.langson.gov.vn");
        assertThat(PersonalData.maskEmailsIn("Campaign c-1 DRAFT → LAUNCHED: 4 deliveries queued"))
                .isEqualTo("Campaign c-1 DRAFT → LAUNCHED: 4 deliveries queued");
        assertThat(PersonalData.maskEmails(List.of("a@b.vn", "cd@e.vn"))).containsExactly("a***@b.vn", "c***@e.vn");
    }

    @Test
    void theLogCustomizerMasksEveryTextValueOfALogLine() {
        JsonWriter<Map<String, String>> writer = JsonWriter.of(members -> {
            members.add("message", line -> line.get("message"));
            members.add("error", line -> line.get("error"));
            new MaskingLogCustomizer().customize(castToObject(members));
        });

        String json = writer.writeToString(Map.of("message", "sending to thidua@chilang.langson.gov.vn failed",
                "error", "javax.mail.SendFailedException: Invalid Addresses <vanphong@nhanly.gov.vn>"));

        assertThat(json).doesNotContain("thidua@", "vanphong@").contains("t***@chilang.langson.gov.vn",
                "v***@nhanly.gov.vn");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonWriter.Members<Object> castToObject(JsonWriter.Members<?> members) {
        return (JsonWriter.Members) members;
    }
}
