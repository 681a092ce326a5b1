package vn.tdkt.notification.template;

/** The templates as the service renders them, for plain unit tests of the composers and notifiers. */
public final class TestTemplates {

    public static final String CONSOLE = "http://127.0.0.1:8080";
    private static final MailTemplates TEMPLATES = new MailTemplates(CONSOLE);

    private TestTemplates() {
    }

    public static MailTemplates templates() {
        return TEMPLATES;
    }
}
