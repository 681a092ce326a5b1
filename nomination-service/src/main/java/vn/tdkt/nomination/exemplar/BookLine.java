package vn.tdkt.nomination.exemplar;

/** One line of the register book (sổ đăng ký theo dõi): an exemplar of an office's month, numbered from 1. */
record BookLine(String month, String unitCode, String unitName, int no, String recipientKind, String name,
                String position, String entryUnitName, String achievement, String field) {
}
