package vn.tdkt.campaign.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.support.problem.FieldError;

/** What other features may ask the registry: which units exist, which still act, and who succeeded whom. */
public interface UnitLookup {

    /** The codes among {@code codes} that are not registered, in the order given. */
    Set<UnitCode> unknown(Collection<UnitCode> codes);

    /** The registered units among {@code codes} that no longer act (merged or inactive), by code. */
    Map<UnitCode, Standing> retired(Collection<UnitCode> codes);

    /**
     * Why {@code codes} may not be named in {@code field} of a new or revised plan, registration or bloc:
     * one error for the unknown codes, one per merged unit (naming its successor) and one per inactive
     * unit. Empty when every code names an acting unit. (Static, so that it stays this logic whatever
     * implements or stands in for the lookup.)
     */
    static List<FieldError> refusals(UnitLookup lookup, String field, Collection<UnitCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        Set<UnitCode> unknown = lookup.unknown(codes);
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, unknown.size() == 1 ? "no unit " + unknown.iterator().next()
                    + " is registered" : "no units registered with the codes "
                    + unknown.stream().map(UnitCode::value).collect(Collectors.joining(", "))));
        }
        Map<UnitCode, Standing> retired = lookup.retired(codes);
        (retired == null ? Map.<UnitCode, Standing>of() : retired).values().forEach(standing -> errors.add(new FieldError(field, standing.reason())));
        return errors;
    }

    /**
     * The merged units among {@code codes}, each with the unit acting in its place now (static, like
     * {@link #refusals}).
     */
    static Map<UnitCode, UnitCode> successors(UnitLookup lookup, Collection<UnitCode> codes) {
        Map<UnitCode, UnitCode> successors = new java.util.LinkedHashMap<>();
        Map<UnitCode, Standing> retired = codes.isEmpty() ? null : lookup.retired(codes);
        if (retired != null) {
            retired.values().stream().filter(Standing::merged)
                    .forEach(standing -> successors.put(standing.code(), standing.successorCode()));
        }
        return successors;
    }

    /**
     * A unit that acts no more: merged into {@code successorCode} (the acting one at the end of a chain of
     * mergers), or deactivated ({@code successorCode} null).
     */
    record Standing(UnitCode code, boolean merged, UnitCode successorCode, LocalDate since) {

        /** Vietnamese first, as the officers read it, then English, like the other messages. */
        public String reason() {
            String date = since == null ? "" : " (" + since + ")";
            return merged
                    ? "đơn vị " + code + " đã sáp nhập vào " + successorCode + date + ": unit " + code
                    + " was merged into " + successorCode + "; name " + successorCode + " instead"
                    : "đơn vị " + code + " đã ngừng hoạt động" + date + ": unit " + code
                    + " is inactive and has no successor; name an acting unit";
        }
    }

    /**
     * Told by the registry when units change place, so that features keeping data derived from the tree
     * (a campaign's organiser path, a bloc's members) follow. Called after the units are stored; a merger
     * calls again when an interrupted merger is completed, so implementations must be idempotent.
     */
    interface TreeListener {

        /** {@code unit} now sits under {@code ancestors} (nearest first). */
        default void moved(UnitCode unit, List<UnitCode> ancestors) {
        }

        /**
         * {@code predecessors} were merged into {@code successor}, which sits under {@code successorAncestors}
         * (nearest first).
         */
        default void merged(List<UnitCode> predecessors, UnitCode successor, List<UnitCode> successorAncestors) {
        }
    }
}
