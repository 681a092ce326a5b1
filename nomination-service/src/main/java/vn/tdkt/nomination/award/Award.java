package vn.tdkt.nomination.award;

import java.util.List;

/**
 * One entry of the award catalogue: a stable code (what clients, rule packs and history store), the
 * Vietnamese name, other names it is written under, what kind of award it is, for whom, and on which bases.
 */
public record Award(String code, String name, List<String> aliases, AwardKind kind, Recipient recipient,
                    List<AwardBasis> bases, boolean yearly) {

    public Award {
        aliases = List.copyOf(aliases);
        bases = List.copyOf(bases);
    }
}
