package vn.tdkt.delegate.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;

/** The duplicate check finds a person typed again however the case and spacing differ, and nobody else (jqwik). */
class DuplicatePropertiesTest {

    private static final String[] NAMES = {"Lương Thị Hoa", "Hoàng Văn Tú", "Nguyễn Thị Lan", "Vi Văn Đức",
            "Lộc Thị Hiền", "Đinh Văn Long", "Hà Thị Nga", "Lý Văn Sơn"};

    @Property
    void aPersonTypedAgainIsFoundAndNobodyElse(@ForAll @IntRange(min = 1, max = 8) int people,
                                               @ForAll @IntRange(max = 7) int repeated,
                                               @ForAll boolean upperCase) {
        List<Delegate> list = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            list.add(Delegates.of("d-" + (i + 1), NAMES[i], 1970 + i, Gender.FEMALE, "Tày", Category.EXEMPLARY));
        }
        int copied = repeated % people;
        String again = "  " + (upperCase ? NAMES[copied].toUpperCase(Locale.ROOT) : NAMES[copied]).replace(" ", "   ");
        list.add(Delegates.of("d-" + (people + 1), again, 1970 + copied, Gender.FEMALE, "Tày", Category.EXEMPLARY));

        List<ListCheck> found = ListPolicies.duplicates(new ListUnderReview(new DelegateListId("cl", "LS-CL-NL"),
                list, 10, new CompositionPolicy(70, List.of()), List.of()));

        assertThat(found).extracting(ListCheck::delegateId).containsExactly("d-" + (copied + 1), "d-" + (people + 1));
        assertThat(found).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(ListCheck.Outcome.BLOCKING));
    }
}
