package vn.tdkt.support.audit;

import java.util.List;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a controller tells the audit trail about the command it is handling: a name, the target and
 * the versions before and after. The trail itself is written by {@link AuditTrailFilter} when the
 * request ends, for every command, whether it succeeded, was refused or failed.
 */
public final class Audit {

    static final String ACTION = Audit.class.getName() + ".action";
    static final String TARGET = Audit.class.getName() + ".target";
    static final String VERSION_BEFORE = Audit.class.getName() + ".versionBefore";
    static final String VERSION_AFTER = Audit.class.getName() + ".versionAfter";
    static final String PERSONAL_DATA_READ = Audit.class.getName() + ".personalDataRead";

    private Audit() {
    }

    /** Names the command (e.g. {@code unit.register}) and its target (e.g. {@code unit:LS-CL-NL}). */
    public static void command(String action, String target) {
        set(ACTION, action);
        set(TARGET, target);
    }

    /** The aggregate's version before and after the command (null before a creation). */
    public static void versions(Long before, Long after) {
        set(VERSION_BEFORE, before);
        set(VERSION_AFTER, after);
    }

    /** A read of people's personal data: recorded like a command (who read whose data, and when). */
    public static void personalDataRead(String action, String target) {
        command(action, target);
        set(PERSONAL_DATA_READ, Boolean.TRUE);
    }

    /**
     * A read that showed the personal data of these units (e.g. their contact e-mails), recorded as
     * {@code unit:A,B}; nothing is recorded when the read disclosed none.
     */
    public static void unitDataDisclosed(String action, List<String> unitCodes) {
        if (!unitCodes.isEmpty()) {
            personalDataRead(action, "unit:" + String.join(",", unitCodes));
        }
    }

    private static void set(String name, Object value) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
