package vn.tdkt.delegate.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.delegate.congress.CongressCatalog;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.delegate.congress.CongressFacts.SeatAllocation;
import vn.tdkt.delegate.congress.CongressFacts.UnitSeats;
import vn.tdkt.delegate.congress.DelegateAttribute;

/**
 * Congresses for the delegate-list tests until the congress feature implements {@link CongressCatalog}: the Chi Lăng
 * tree of seed 002 (province {@code ls} ← district {@code cl} ← communes {@code nl}, {@code dm}; and Hữu Lũng
 * {@code hl} beside Chi Lăng), with the district's seats allocated to its communes.
 */
final class InMemoryCongressCatalog implements CongressCatalog {

    static final String PROVINCE = "ls";
    static final String CHI_LANG = "cl";
    static final String HUU_LUNG = "hl";
    static final String NHAN_LY = "nl";
    static final String DONG_MO = "dm";
    static final CompositionPolicy SEED_002 = new CompositionPolicy(70, List.of(
            new CompositionTarget(DelegateAttribute.WOMEN, 30),
            new CompositionTarget(DelegateAttribute.ETHNIC_MINORITY, 20)));

    private final Map<String, CongressFacts> congresses = new LinkedHashMap<>();

    /** The Chi Lăng tree: the district gives Nhân Lý 5 seats and Đồng Mỏ 4; the province gives each district 10. */
    static InMemoryCongressCatalog chiLang() {
        InMemoryCongressCatalog catalog = new InMemoryCongressCatalog();
        catalog.put(new CongressFacts(PROVINCE, "LS", null, LocalDate.of(2025, 9, 20), 500, SEED_002,
                allocation(new UnitSeats("LS-CL", 10), new UnitSeats("LS-HL", 10))));
        catalog.put(new CongressFacts(CHI_LANG, "LS-CL", PROVINCE, LocalDate.of(2025, 4, 18), 300, SEED_002,
                allocation(new UnitSeats("LS-CL-NL", 5), new UnitSeats("LS-CL-DM", 4))));
        catalog.put(new CongressFacts(HUU_LUNG, "LS-HL", PROVINCE, LocalDate.of(2025, 4, 25), 300, SEED_002, null));
        catalog.put(new CongressFacts(NHAN_LY, "LS-CL-NL", CHI_LANG, LocalDate.of(2025, 2, 20), 120, SEED_002, null));
        catalog.put(new CongressFacts(DONG_MO, "LS-CL-DM", CHI_LANG, LocalDate.of(2025, 3, 14), 120, SEED_002, null));
        return catalog;
    }

    static SeatAllocation allocation(UnitSeats... seats) {
        return new SeatAllocation(1, "WEBSTER", List.of(seats));
    }

    void put(CongressFacts congress) {
        congresses.put(congress.id(), congress);
    }

    @Override
    public Optional<CongressFacts> find(String congressId) {
        return Optional.ofNullable(congresses.get(congressId));
    }

    @Override
    public List<CongressFacts> lowerCongresses(String congressId) {
        List<CongressFacts> lower = new ArrayList<>();
        congresses.values().stream().filter(c -> congressId.equals(c.upperCongressId())).forEach(lower::add);
        return lower;
    }
}
