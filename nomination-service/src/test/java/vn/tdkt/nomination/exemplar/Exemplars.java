package vn.tdkt.nomination.exemplar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.unitdirectory.DirectoryUnit;

/** Test fixtures of the register: entries as the seed's form has them, and the offices of a department. */
final class Exemplars {

    static final Instant AT = Instant.parse("2026-01-20T02:00:00Z");
    static final Deadlines DEADLINES = new Deadlines(25, 5);
    static final ExemplarEntry ANH = new ExemplarEntry(RecipientKind.INDIVIDUAL, "Nguyễn Thị Ánh", "Chánh Văn phòng",
            "Văn phòng Sở", "Số hoá hồ sơ một cửa, giảm một nửa thời gian giải quyết", "Cải cách hành chính");
    static final ExemplarEntry GIA = new ExemplarEntry(RecipientKind.COLLECTIVE, "Phòng Quản lý giá và công sản", null,
            "Sở Tài chính", "Hoàn thành vượt mức kế hoạch thẩm định giá", "Quản lý giá");

    private Exemplars() {
    }

    static DirectoryUnit unit(String code, String name, String level, String parent) {
        return new DirectoryUnit(code, name, level, parent, 10, List.of(), 1, AT);
    }

    static DirectoryUnit retired(String code, String level, String parent) {
        return new DirectoryUnit(code, "Phòng cũ", level, parent, 0, List.of(), 2, AT, "INACTIVE", null, List.of(),
                LocalDate.of(2025, 7, 1));
    }
}
