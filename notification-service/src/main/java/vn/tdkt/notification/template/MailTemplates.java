package vn.tdkt.notification.template;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates under {@code templates/mail/}: {@code <kind>.txt} (Thymeleaf TEXT mode; its first
 * line is the subject, the rest the plain-text part) and {@code <kind>.html} (HTML mode), with the wording in
 * {@code templates/mail/messages.properties} (Vietnamese, the default) and {@code messages_en.properties}.
 * Every template gets {@code link}: the console base URL followed by the model's {@code path}.
 * Plain Java, so that composers are tested without Spring; {@link TemplateConfiguration} makes the bean.
 */
public final class MailTemplates {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String PREFIX = "templates/mail/";

    private final TemplateEngine text;
    private final TemplateEngine html;
    private final String consoleUrl;

    public MailTemplates(String consoleUrl) {
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(PREFIX + "messages");
        messages.setDefaultEncoding("UTF-8");
        // vi is the base bundle: a locale without its own bundle falls back to it, never to the JVM's locale.
        messages.setFallbackToSystemLocale(false);
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
        this.html = engine(TemplateMode.HTML, ".html", messages);
    }

    /** In Vietnamese, as every email is sent (recipients have no language preference yet). */
    public RenderedMail render(String kind, Map<String, ?> variables) {
        return render(kind, variables, VIETNAMESE);
    }

    public RenderedMail render(String kind, Map<String, ?> variables, Locale locale) {
        Map<String, Object> all = new HashMap<>(variables);
        Object path = variables.get("path");
        String link = consoleUrl + (path == null ? "/" : path.toString());
        all.put("link", link);
        Context context = new Context(locale, all);
        String rendered = text.process(kind, context).stripLeading();
        int newline = rendered.indexOf('\n');
        String subject = (newline < 0 ? rendered : rendered.substring(0, newline)).strip();
        String body = newline < 0 ? "" : rendered.substring(newline + 1).strip() + "\n";
        return new RenderedMail(kind, subject, body, html.process(kind, context), link);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix, ResourceBundleMessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(PREFIX);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages(messages));
        return engine;
    }

    /** Thymeleaf's #{…} from the Spring message source; an absent key shows as ??key_locale?? (tests look for it). */
    private record BundleMessages(ResourceBundleMessageSource messages) implements IMessageResolver {

        @Override
        public String getName() {
            return "mail-messages";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            try {
                return messages.getMessage(key, args, context.getLocale());
            } catch (NoSuchMessageException absent) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] args) {
            return "??" + key + "_" + context.getLocale() + "??";
        }
    }

    /** The kinds there are templates for; the preview endpoint and the rendering test go through all of them. */
    public static final Set<String> KINDS = Set.of(
            "campaign-phase-changed", "campaign-milestone-added", "campaign-responsibility-added",
            "milestone-reminder", "registration-reminder", "bloc-result", "nomination-step",
            "exemplar-registration-due", "exemplar-registration-missed", "congress-document-reminder",
            "daily-digest", "deadline-escalation");
}
