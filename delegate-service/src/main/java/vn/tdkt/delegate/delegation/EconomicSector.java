package vn.tdkt.delegate.delegation;

/** Thành phần kinh tế: seed 002 asks for delegates "đại diện các thành phần kinh tế". */
enum EconomicSector {
    STATE("Kinh tế nhà nước"),
    COLLECTIVE("Kinh tế tập thể"),
    PRIVATE("Kinh tế tư nhân"),
    FOREIGN_INVESTED("Kinh tế có vốn đầu tư nước ngoài"),
    HOUSEHOLD("Kinh tế hộ");

    private final String label;

    EconomicSector(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
