package vn.tdkt.delegate.delegation;

enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
