package vn.tdkt.notification.bloc;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tdkt.events.bloc.BlocProposal;
import vn.tdkt.events.bloc.BlocResultPublished;
import vn.tdkt.notification.template.MailTemplates;
import vn.tdkt.notification.template.RenderedMail;

/**
 * The email of a bloc's published result to one member unit (template {@code bloc-result}): its own place first,
 * then the whole ranking and whom the bloc proposes for its flag (Cờ thi đua) or a certificate of merit (Bằng khen).
 * Points are passed as numbers, so that each language writes them its way (95,5 in Vietnamese).
 */
final class BlocResultEmail {

    static final String KIND = "bloc-result";

    private BlocResultEmail() {
    }

    /**
     * @param addressee the name of the unit acting for the member now (its successor if it was merged)
     * @param names     unit names by code; a code without one is shown as the code
     */
    static RenderedMail compose(MailTemplates templates, BlocResultPublished result, String memberUnitCode,
                                String addressee, Map<String, String> names) {
        Map<String, Object> model = new HashMap<>();
        model.put("path", "/blocs/" + result.aggregateId());
        model.put("bloc", result.name() == null || result.name().isBlank() ? null : result.name());
        model.put("year", String.valueOf(result.year()));
        model.put("organiser", name(names, result.organiserUnitCode()));
        model.put("addressee", addressee);
        model.put("own", own(result, memberUnitCode, names).orElse(null));
        model.put("ranking", result.ranking().stream().map(entry -> Map.of("rank", String.valueOf(entry.rank()),
                "name", name(names, entry.unitCode()), "total", points(entry.total()))).toList());
        model.put("proposals", result.proposals().stream().map(proposal -> Map.of("awardKey", awardKey(proposal.award()),
                "name", name(names, proposal.unitCode()), "rank", String.valueOf(proposal.rank()),
                "contested", proposal.contested())).toList());
        return templates.render(KIND, model);
    }

    private static Optional<Map<String, Object>> own(BlocResultPublished result, String member,
                                                     Map<String, String> names) {
        return result.ranking().stream().filter(ranked -> ranked.unitCode().equals(member)).findFirst()
                .map(ranked -> {
                    Map<String, Object> own = new HashMap<>();
                    own.put("rank", String.valueOf(ranked.rank()));
                    own.put("outOf", String.valueOf(result.ranking().size()));
                    own.put("total", points(ranked.total()));
                    own.put("tied", ranked.tiedWith().isEmpty() ? null : ranked.tiedWith().stream()
                            .map(code -> name(names, code)).collect(Collectors.joining(", ")));
                    List<String> awards = result.proposals().stream().filter(p -> p.unitCode().equals(member))
                            .map(BlocProposal::award).map(BlocResultEmail::awardKey).toList();
                    own.put("awardKeys", awards);
                    return own;
                });
    }

    /** A total missing from the event (never so for a computed result) is written as 0 rather than failing the email. */
    static BigDecimal points(BigDecimal total) {
        return total == null ? BigDecimal.ZERO : total;
    }

    /** FLAG and COMMENDATION, as the bundles name them (award.FLAG = Cờ thi đua). */
    static String awardKey(String award) {
        return "award." + award;
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }
}
