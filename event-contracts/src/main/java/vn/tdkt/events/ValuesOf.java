package vn.tdkt.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field whose text is one name of a closed vocabulary (a phase, level, kind or
 * status). The field itself stays a {@code String}, so that a consumer meeting a value added after
 * it was built still decodes the event and can skip or count it instead of dead-lettering it. The
 * enum is the canonical list of the values known today; the AsyncAPI document lists the same values
 * as the field's {@code enum}, and AsyncApiDocumentTest fails when the two differ.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ValuesOf {

    /** The enum whose constant names are the values the field may carry. */
    Class<? extends Enum<?>> value();
}
