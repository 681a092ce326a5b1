package vn.tdkt.delegate.delegation;

/**
 * Why a delegate is there (seed 002, part II.2): exemplary people (người trực tiếp sản xuất, công tác, lao động
 * giỏi, gương người tốt việc tốt …) make up the exemplary share; guests and leaders the rest.
 */
enum Category {
    EXEMPLARY("Điển hình tiên tiến"),
    GUEST("Khách mời"),
    LEADER("Lãnh đạo");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
