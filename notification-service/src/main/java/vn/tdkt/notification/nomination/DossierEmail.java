package vn.tdkt.notification.nomination;

import java.util.HashMap;
import java.util.Map;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/** The email of one step of a nomination dossier (template {@code nomination-step}), to one unit concerned. */
final class DossierEmail {

    static final String KIND = "nomination-step";

    private DossierEmail() {
    }

    /** @param names unit names by code; a code without one is shown as the code */
    static RenderedMail compose(MailTemplates templates, DossierStep step, String addressedUnitCode,
                                Map<String, String> names) {
        Map<String, Object> model = new HashMap<>(step.details());
        model.put("path", "/nominations/" + step.nominationId());
        model.put("addressee", name(names, addressedUnitCode));
        model.put("award", step.awardName());
        model.put("year", String.valueOf(step.year()));
        model.put("nominee", step.nomineeName());
        model.put("nomineeUnit", name(names, step.nomineeUnitCode()));
        model.put("step", step.step());
        model.put("nominating", name(names, step.nominatingUnitCode()));
        model.put("addressedTo", name(names, step.addressedTo()));
        model.put("nominationId", step.nominationId());
        return templates.render(KIND, model);
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? "—" : names.getOrDefault(code, code);
    }
}
