package vn.tdkt.delegate.delegation;

/** Delegates for the tests, with Vietnamese names: an exemplary Nùng woman farmer by default. */
final class Delegates {

    private Delegates() {
    }

    static Delegate exemplary(String name, int birthYear) {
        return new Delegate(null, name, birthYear, Gender.FEMALE, "Nùng", "Nông dân sản xuất giỏi, thôn Bắc Thủy",
                Category.EXEMPLARY, true, false, EconomicSector.HOUSEHOLD, null);
    }

    static Delegate of(String id, String name, int birthYear, Gender gender, String ethnicity, Category category) {
        return new Delegate(id, name, birthYear, gender, ethnicity, "Cán bộ xã", category, false, false,
                EconomicSector.STATE, null);
    }

    static Delegate picked(String id, String name, int birthYear, String exemplaryPersonId) {
        return new Delegate(id, name, birthYear, Gender.MALE, "Kinh", "Chiến sĩ thi đua cơ sở", Category.EXEMPLARY,
                false, false, EconomicSector.STATE, exemplaryPersonId);
    }

    static DelegateInput input(String name, int birthYear) {
        return new DelegateInput(name, birthYear, Gender.FEMALE, "Tày", "Giáo viên Trường Tiểu học Nhân Lý",
                Category.EXEMPLARY, false, false, EconomicSector.STATE, null);
    }
}
