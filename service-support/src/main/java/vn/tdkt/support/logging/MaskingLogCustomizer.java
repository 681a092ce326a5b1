package vn.tdkt.support.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import vn.tdkt.support.security.PersonalData;

/**
 * The last line of defence for personal data in logs: every text value of every structured (ECS)
 * log line, messages and stack traces included, has its e-mail addresses masked before it is
 * written. Services name it in {@code logging.structured.json.customizer}.
 */
public class MaskingLogCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalData::maskEmailsIn));
    }
}
