package vn.tdkt.nomination.exemplar;

import java.util.List;
import vn.tdkt.nomination.sheet.Sheet;

/** The register book (Sổ đăng ký theo dõi gương điển hình tiên tiến) as a sheet, in Vietnamese. */
final class RegisterBook {

    static final List<String> HEADERS = List.of("Tháng", "Mã đơn vị đăng ký", "Đơn vị đăng ký", "STT", "Đối tượng",
            "Họ tên / Tên tập thể", "Chức vụ", "Đơn vị công tác", "Thành tích tiêu biểu", "Lĩnh vực");

    private RegisterBook() {
    }

    static Sheet of(List<BookLine> lines) {
        return new Sheet("Sổ đăng ký điển hình", HEADERS, lines.stream().map(l -> List.of(l.month(), l.unitCode(),
                nz(l.unitName()), String.valueOf(l.no()), "COLLECTIVE".equals(l.recipientKind()) ? "Tập thể" : "Cá nhân",
                nz(l.name()), nz(l.position()), nz(l.entryUnitName()), nz(l.achievement()), nz(l.field()))).toList());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
