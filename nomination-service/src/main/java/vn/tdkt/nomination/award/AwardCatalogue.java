package vn.tdkt.nomination.award;

import static vn.tdkt.nomination.award.AwardBasis.CONTRIBUTION;
import static vn.tdkt.nomination.award.AwardBasis.FOREIGN;
import static vn.tdkt.nomination.award.AwardBasis.ONE_OFF;
import static vn.tdkt.nomination.award.AwardBasis.REGULAR;
import static vn.tdkt.nomination.award.AwardBasis.THEMATIC;
import static vn.tdkt.nomination.award.AwardKind.COMMENDATION;
import static vn.tdkt.nomination.award.AwardKind.EMULATION_TITLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The awards this platform knows, each under a stable code. The codes never change meaning; a name may
 * gain aliases (the Law writes "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh", provinces "cấp tỉnh"). Orders,
 * medals and hero titles are out of scope. Which authority grants each award differs by regime, so it
 * lives in the rule packs, not here.
 */
public final class AwardCatalogue {

    private static final List<AwardBasis> ALL_BASES = List.of(REGULAR, THEMATIC, ONE_OFF, CONTRIBUTION, FOREIGN);

    public static final List<Award> ALL = List.of(
            new Award("LAO_DONG_TIEN_TIEN", "Lao động tiên tiến", List.of(), EMULATION_TITLE, Recipient.INDIVIDUAL,
                    List.of(REGULAR), true),
            new Award("CHIEN_SI_TIEN_TIEN", "Chiến sĩ tiên tiến", List.of(), EMULATION_TITLE, Recipient.INDIVIDUAL,
                    List.of(REGULAR), true),
            new Award("CSTD_CO_SO", "Chiến sĩ thi đua cơ sở", List.of("CSTĐCS"), EMULATION_TITLE,
                    Recipient.INDIVIDUAL, List.of(REGULAR), true),
            new Award("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", List.of("Chiến sĩ thi đua Bộ, ban, ngành, tỉnh",
                    "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "Chiến sĩ thi đua tỉnh", "CSTĐ cấp tỉnh"), EMULATION_TITLE,
                    Recipient.INDIVIDUAL, List.of(REGULAR), false),
            new Award("CSTD_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", List.of("CSTĐ toàn quốc"), EMULATION_TITLE,
                    Recipient.INDIVIDUAL, List.of(REGULAR), false),
            new Award("TAP_THE_LDTT", "Tập thể lao động tiên tiến", List.of("TTLĐTT"), EMULATION_TITLE,
                    Recipient.COLLECTIVE, List.of(REGULAR), true),
            new Award("TAP_THE_LDXS", "Tập thể lao động xuất sắc", List.of("TTLĐXS"), EMULATION_TITLE,
                    Recipient.COLLECTIVE, List.of(REGULAR), true),
            new Award("DON_VI_QUYET_THANG", "Đơn vị quyết thắng", List.of(), EMULATION_TITLE, Recipient.COLLECTIVE,
                    List.of(REGULAR), true),
            new Award("CO_THI_DUA_TINH", "Cờ thi đua cấp tỉnh", List.of("Cờ thi đua Bộ, ban, ngành, tỉnh",
                    "Cờ thi đua của Ủy ban nhân dân tỉnh", "Cờ thi đua của UBND tỉnh"), EMULATION_TITLE,
                    Recipient.COLLECTIVE, List.of(REGULAR, THEMATIC), true),
            new Award("CO_THI_DUA_CHINH_PHU", "Cờ thi đua của Chính phủ", List.of(), EMULATION_TITLE,
                    Recipient.COLLECTIVE, List.of(REGULAR, THEMATIC), true),
            new Award("GIAY_KHEN", "Giấy khen", List.of(), COMMENDATION, Recipient.EITHER, ALL_BASES, false),
            new Award("BANG_KHEN_TINH", "Bằng khen của Chủ tịch UBND tỉnh", List.of(
                    "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen của Bộ, ban, ngành, tỉnh",
                    "Bằng khen cấp tỉnh", "Bằng khen của Bộ trưởng"), COMMENDATION, Recipient.EITHER, ALL_BASES,
                    false),
            new Award("BANG_KHEN_THU_TUONG", "Bằng khen của Thủ tướng Chính phủ", List.of(
                    "Bằng khen của Thủ tướng"), COMMENDATION, Recipient.EITHER, ALL_BASES, false));

    private static final Map<String, Award> BY_KEY = index();

    private AwardCatalogue() {
    }

    /** The award with this code or this (Vietnamese) name or alias, compared leniently; empty if none. */
    public static Optional<Award> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(AwardNames.key(codeOrName)));
    }

    public static Optional<Award> byCode(String code) {
        return ALL.stream().filter(award -> award.code().equals(code)).findFirst();
    }

    private static Map<String, Award> index() {
        Map<String, Award> index = new HashMap<>();
        for (Award award : ALL) {
            index.put(AwardNames.key(award.code()), award);
            index.put(AwardNames.key(award.name()), award);
            award.aliases().forEach(alias -> index.put(AwardNames.key(alias), award));
        }
        return Map.copyOf(index);
    }
}
