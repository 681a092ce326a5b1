package vn.tdkt.nomination.honourboard;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a unit may choose to publish of a source, beyond the name, title and citation it writes itself. Nothing else
 * of a source can reach the board: no birth year, ethnicity or gender (the sources do not hold them, and there is no
 * field for them here), no id of a person.
 */
enum PublishedField {
    AWARD("Danh hiệu, hình thức khen thưởng", EnumSet.of(SourceKind.HONOUR)),
    YEAR("Năm thành tích", EnumSet.of(SourceKind.HONOUR)),
    DECISION("Quyết định khen thưởng", EnumSet.of(SourceKind.HONOUR)),
    MONTH("Tháng đăng ký", EnumSet.of(SourceKind.EXEMPLAR)),
    POSITION("Chức vụ", EnumSet.of(SourceKind.EXEMPLAR)),
    UNIT("Đơn vị", EnumSet.of(SourceKind.HONOUR, SourceKind.EXEMPLAR)),
    ACHIEVEMENT("Thành tích", EnumSet.of(SourceKind.EXEMPLAR)),
    FIELD("Lĩnh vực", EnumSet.of(SourceKind.EXEMPLAR));

    private final String label;
    private final Set<SourceKind> offeredBy;

    PublishedField(String label, Set<SourceKind> offeredBy) {
        this.label = label;
        this.offeredBy = offeredBy;
    }

    String label() {
        return label;
    }

    boolean offeredBy(SourceKind kind) {
        return offeredBy.contains(kind);
    }
}
