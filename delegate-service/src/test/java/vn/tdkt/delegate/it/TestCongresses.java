package vn.tdkt.delegate.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.tdkt.delegate.congress.CongressCatalog;
import vn.tdkt.delegate.congress.CongressFacts;
import vn.tdkt.delegate.congress.CongressFacts.CompositionPolicy;
import vn.tdkt.delegate.congress.CongressFacts.CompositionTarget;
import vn.tdkt.delegate.congress.CongressFacts.SeatAllocation;
import vn.tdkt.delegate.congress.CongressFacts.UnitSeats;
import vn.tdkt.delegate.congress.DelegateAttribute;

/**
 * Congresses for the integration test, in test configuration only: the province {@code dl} and its district
 * {@code dl-cl}, which gives the commune DL-CL-NL two seats. Primary, so that it also stands beside the congress
 * feature's own catalogue.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestCongresses {

    static final String DISTRICT = "dl-cl";

    @Bean
    @Primary
    CongressCatalog testCongressCatalog() {
        CompositionPolicy policy = new CompositionPolicy(70, List.of(new CompositionTarget(DelegateAttribute.WOMEN,
                30)));
        CongressFacts province = new CongressFacts("dl", "DL", null, LocalDate.of(2025, 9, 20), 500, policy, null);
        CongressFacts district = new CongressFacts(DISTRICT, "DL-CL", "dl", LocalDate.of(2025, 4, 18), 300, policy,
                new SeatAllocation(1, "WEBSTER", List.of(new UnitSeats("DL-CL-NL", 2))));
        List<CongressFacts> all = List.of(province, district);
        return new CongressCatalog() {
            @Override
            public Optional<CongressFacts> find(String congressId) {
                return all.stream().filter(c -> c.id().equals(congressId)).findFirst();
            }

            @Override
            public List<CongressFacts> lowerCongresses(String congressId) {
                return all.stream().filter(c -> congressId.equals(c.upperCongressId())).toList();
            }
        };
    }
}
