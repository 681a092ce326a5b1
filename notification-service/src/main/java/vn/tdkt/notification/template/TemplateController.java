package vn.tdkt.notification.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

/**
 * The mail templates and a preview of each with sample data, for whoever reads the directory (every signed-in
 * role). Not audited: the preview reads nothing stored and changes nothing; it renders {@link MailSamples}.
 */
@RestController
@RequestMapping("/api/v1/notification-templates")
class TemplateController {

    static final Map<String, Locale> LANGUAGES = Map.of("vi", MailTemplates.VIETNAMESE, "en", Locale.ENGLISH);

    private final MailTemplates templates;
    private final Authorizer authorizer;

    TemplateController(MailTemplates templates, Authorizer authorizer) {
        this.templates = templates;
        this.authorizer = authorizer;
    }

    @GetMapping
    PageResponse<TemplateInfo> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        authorizer.require(Action.READ_DIRECTORY, null);
        List<TemplateInfo> all = MailTemplates.KINDS.stream().sorted().map(kind -> new TemplateInfo(kind,
                List.of("vi", "en"))).toList();
        PageQuery query = PageQuery.of(page, size);
        List<TemplateInfo> items = all.stream().skip(query.offset()).limit(query.size()).toList();
        return PageResponse.of(query, items, all.size());
    }

    /** 404 problem for an unknown kind, 400 naming {@code lang} for a language other than vi or en. */
    @PostMapping("/{kind}/preview")
    Preview preview(@PathVariable String kind, @RequestParam(defaultValue = "vi") String lang) {
        authorizer.require(Action.READ_DIRECTORY, null);
        Locale locale = LANGUAGES.get(lang);
        if (locale == null) {
            throw new InvalidInputException("lang", "must be vi or en");
        }
        Map<String, Object> sample = MailSamples.of(kind)
                .orElseThrow(() -> new NotFoundException("No notification template " + kind));
        RenderedMail mail = templates.render(kind, sample, locale);
        return new Preview(kind, lang, mail.subject(), mail.text(), mail.html());
    }

    record TemplateInfo(String kind, List<String> languages) {
    }

    record Preview(String kind, String lang, String subject, String text, String html) {
    }
}
