package vn.tdkt.delegate.delegation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.delegate.congress.DelegateAttribute;

/**
 * The live checks of a delegate list, each a policy that looks at the list and answers with its findings and
 * figures, passed or not (so the unit sees "8 of 10 seats" as well as "12 of 10"). Seats exceeded and a person
 * sent twice block approval (a namesake confirmed as another person only warns); the exemplary share and the
 * composition targets warn, because seed 002 states them as proportions of the whole congress ("chiếm 70% trong
 * tổng số đại biểu triệu tập"), which one small list cannot always meet on its own. The rules are in
 * docs/design.md §4.10.
 */
final class ListPolicies {

    /** A policy: the findings about one list (at least one, so every check shows its figures). */
    interface ListPolicy extends Function<ListUnderReview, List<ListCheck>> {
    }

    static final List<ListPolicy> ALL = List.of(ListPolicies::seats, ListPolicies::duplicates,
            subject -> List.of(exemplaryShare(subject.delegates(), subject.policy())),
            subject -> compositionTargets(subject.delegates(), subject.policy()));

    private ListPolicies() {
    }

    static CheckReport review(ListUnderReview subject) {
        List<ListCheck> checks = new ArrayList<>();
        ALL.forEach(policy -> checks.addAll(policy.apply(subject)));
        return new CheckReport(checks);
    }

    /** No more delegates than the seats the upper congress allocated to the unit. */
    static List<ListCheck> seats(ListUnderReview subject) {
        int count = subject.delegates().size();
        Integer seats = subject.seats();
        if (seats == null) {
            return List.of(check(ListCheck.Code.SEATS, ListCheck.Outcome.BLOCKING,
                    "Đại hội cấp trên chưa phân bổ số đại biểu cho đơn vị " + subject.id().unitCode(), count, null,
                    null));
        }
        if (count > seats) {
            return List.of(check(ListCheck.Code.SEATS, ListCheck.Outcome.BLOCKING,
                    "%d đại biểu, vượt %d ghế được phân bổ (thừa %d)".formatted(count, seats, count - seats), count,
                    seats, seats));
        }
        return List.of(check(ListCheck.Code.SEATS, ListCheck.Outcome.PASSED,
                "%d trên %d ghế được phân bổ, còn %d".formatted(count, seats, seats - count), count, seats, seats));
    }

    /**
     * The same person twice on this list, or also on another list feeding the same congress or another congress of
     * the tree (not above or below this one): one finding per delegate, naming every other place.
     * <ul>
     *   <li>The same exemplary person picked twice is certainly one person: {@code DUPLICATE_PERSON}, blocking,
     *       whatever anyone says.</li>
     *   <li>The same folded name and birth year ({@link Delegate#personKeys()}) is probably one person (typed by hand
     *       on one list, picked on another), but namesakes exist (Nguyễn Văn Hùng, 1980): blocking until either entry
     *       carries its unit's confirmation that they are two people ({@link Delegate#distinctPerson()}, with a
     *       reason); then {@code POSSIBLE_NAMESAKE}, a warning that shows the reason.</li>
     * </ul>
     */
    static List<ListCheck> duplicates(ListUnderReview subject) {
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        for (Delegate d : subject.delegates()) {
            d.personKeys().forEach(key -> byKey.putIfAbsent(key, new ArrayList<>()));
        }
        List<Entry> entries = new ArrayList<>();
        for (Delegate d : subject.delegates()) {
            entries.add(new Entry(new ListCheck.Elsewhere(subject.id().congressId(), subject.id().unitCode(), null,
                    d.id(), "SAME_LIST"), d));
        }
        for (ListUnderReview.OtherList other : subject.others()) {
            for (Delegate d : other.delegates()) {
                entries.add(new Entry(new ListCheck.Elsewhere(other.id().congressId(), other.id().unitCode(),
                        other.status(), d.id(), other.sameCongress() ? "SAME_CONGRESS" : "OTHER_CONGRESS_OF_THE_TREE"),
                        d));
            }
        }
        for (Entry entry : entries) {
            for (String key : entry.delegate().personKeys()) {
                List<Entry> same = byKey.get(key);
                if (same != null && !same.contains(entry)) {
                    same.add(entry);
                }
            }
        }
        List<ListCheck> findings = new ArrayList<>();
        for (Delegate d : subject.delegates()) {
            List<ListCheck.Elsewhere> twice = new ArrayList<>();
            List<ListCheck.Elsewhere> namesakes = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            boolean picked = false;
            for (String key : d.personKeys()) {
                for (Entry other : byKey.get(key)) {
                    ListCheck.Elsewhere place = other.place();
                    boolean self = place.delegateId().equals(d.id()) && "SAME_LIST".equals(place.relation());
                    if (self || twice.contains(place) || namesakes.contains(place)) {
                        continue;
                    }
                    Delegate o = other.delegate();
                    boolean samePicked = d.exemplaryPersonId() != null
                            && d.exemplaryPersonId().equals(o.exemplaryPersonId());
                    picked |= samePicked;
                    if (samePicked || (d.distinctPerson() == null && o.distinctPerson() == null)) {
                        twice.add(place);
                    } else {
                        namesakes.add(place);
                        for (Delegate.DistinctPerson said : new Delegate.DistinctPerson[] {d.distinctPerson(),
                                o.distinctPerson()}) {
                            if (said != null && !reasons.contains(said.reason())) {
                                reasons.add(said.reason());
                            }
                        }
                    }
                }
            }
            namesakes.removeAll(twice);
            if (!twice.isEmpty()) {
                findings.add(new ListCheck(ListCheck.Code.DUPLICATE_PERSON, ListCheck.Outcome.BLOCKING,
                        "%s (%d) đã có trong danh sách: %s".formatted(d.fullName(), d.birthYear(), places(twice))
                                + (!picked ? ". Nếu là người khác trùng họ tên và năm sinh, đơn vị xác nhận kèm lý"
                                + " do (PUT …/delegates/" + d.id() + "/distinct-person)" : ""),
                        null, null, null, null, null, d.id(), twice));
            }
            if (!namesakes.isEmpty()) {
                findings.add(new ListCheck(ListCheck.Code.POSSIBLE_NAMESAKE, ListCheck.Outcome.WARNING,
                        "%s (%d) trùng họ tên và năm sinh với đại biểu ở: %s; đã xác nhận là người khác: %s".formatted(
                                d.fullName(), d.birthYear(), places(namesakes), String.join("; ", reasons)),
                        null, null, null, null, null, d.id(), namesakes));
            }
        }
        if (findings.stream().noneMatch(f -> f.code() == ListCheck.Code.DUPLICATE_PERSON)) {
            findings.addFirst(check(ListCheck.Code.DUPLICATE_PERSON, ListCheck.Outcome.PASSED,
                    "Không có đại biểu nào trùng trong cây đại hội", subject.delegates().size(), null, null));
        }
        return findings;
    }

    /** An entry of the tree: where it is, and the delegate. */
    private record Entry(ListCheck.Elsewhere place, Delegate delegate) {
    }

    /** At least the policy's share of exemplary delegates (70 % by default, seed 002 part II.2). */
    static ListCheck exemplaryShare(List<Delegate> delegates, CompositionPolicy policy) {
        int total = delegates.size();
        int count = (int) delegates.stream().filter(d -> d.category() == Category.EXEMPLARY).count();
        int required = policy.exemplaryPercent();
        BigDecimal percent = percent(count, total);
        boolean met = meets(count, total, required);
        String message = total == 0 ? "Chưa có đại biểu; tỷ lệ điển hình tiên tiến tối thiểu " + required + " %"
                : "%d đại biểu điển hình tiên tiến trên %d (%s %%), tối thiểu %d %%".formatted(count, total,
                shown(percent), required);
        return check(ListCheck.Code.EXEMPLARY_SHARE, met ? ListCheck.Outcome.PASSED : ListCheck.Outcome.WARNING,
                message, count, total, required, percent);
    }

    /** Each target of the policy: at least {@code minimumPercent} of the delegates in its group. */
    static List<ListCheck> compositionTargets(List<Delegate> delegates, CompositionPolicy policy) {
        int total = delegates.size();
        List<ListCheck> checks = new ArrayList<>();
        for (CompositionTarget target : policy.targets()) {
            int count = (int) delegates.stream().filter(d -> d.attributes().contains(target.attribute())).count();
            BigDecimal percent = percent(count, total);
            boolean met = meets(count, total, target.minimumPercent());
            checks.add(new ListCheck(ListCheck.Code.COMPOSITION_TARGET,
                    met ? ListCheck.Outcome.PASSED : ListCheck.Outcome.WARNING,
                    "%s: %d trên %d đại biểu (%s %%), chỉ tiêu tối thiểu %d %%".formatted(label(target.attribute()),
                            count, total, shown(percent), target.minimumPercent()),
                    count, total, percent, target.minimumPercent(), target.attribute(), null, null));
        }
        return checks;
    }

    /**
     * {@code count} of {@code total} is at least {@code requiredPercent} %, decided exactly in integers (never on
     * the rounded percentage): 2 of 3 is 66.7 % and fails a 67 % target even though it is shown as 66,7. Nothing is
     * missing from an empty list.
     */
    static boolean meets(int count, int total, int requiredPercent) {
        return (long) count * 100 >= (long) requiredPercent * total;
    }

    /** {@code count / total} as a percentage with one decimal (half up); null for an empty list. */
    static BigDecimal percent(int count, int total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** A percentage as Vietnamese writes it: a decimal comma. */
    static String shown(BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString().replace('.', ',');
    }

    static String label(DelegateAttribute attribute) {
        return switch (attribute) {
            case WOMEN -> "Đại biểu nữ";
            case ETHNIC_MINORITY -> "Đại biểu dân tộc thiểu số";
            case DIRECT_PRODUCER_OR_WORKER -> "Người trực tiếp sản xuất, công tác";
            case SCIENTIST -> "Nhà khoa học";
            case NON_STATE_SECTOR -> "Đại biểu khu vực kinh tế ngoài nhà nước";
        };
    }

    private static String places(List<ListCheck.Elsewhere> elsewhere) {
        return String.join("; ", elsewhere.stream().map(p -> "đơn vị " + p.unitCode()
                + ("SAME_LIST".equals(p.relation()) ? " (cùng danh sách, " + p.delegateId() + ")"
                : " gửi đại hội " + p.congressId() + " (" + p.delegateId() + ")")).toList());
    }

    private static ListCheck check(ListCheck.Code code, ListCheck.Outcome outcome, String message, Integer count,
                                   Integer total, Integer required) {
        return new ListCheck(code, outcome, message, count, total, null, required, null, null, null);
    }

    private static ListCheck check(ListCheck.Code code, ListCheck.Outcome outcome, String message, int count,
                                   int total, int required, BigDecimal percent) {
        return new ListCheck(code, outcome, message, count, total, percent, required, null, null, null);
    }
}
