package vn.tdkt.campaign.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The CSV form of a unit, for import and export (RFC 4180, UTF-8, a header row). Columns:
 * {@code code, name, level, parentCode, staffCount, contactEmails} (several separated by {@code ;}),
 * {@code officerName, officerTitle, officerEmail, officerPhone, leaderName, leaderTitle, leaderEmail,
 * leaderPhone}. {@code code}, {@code name} and {@code level} are required in the header, the others may be
 * left out; their order is free. An empty cell is "none".
 */
final class UnitCsv {

    static final List<String> COLUMNS = List.of("code", "name", "level", "parentCode", "staffCount", "contactEmails",
            "officerName", "officerTitle", "officerEmail", "officerPhone", "leaderName", "leaderTitle", "leaderEmail",
            "leaderPhone");
    static final List<String> REQUIRED = List.of("code", "name", "level");
    /** Longer cells are refused: a unit's row is small, and its event must stay far below the broker's limit. */
    static final int MAX_CELL = 4_000;

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false).get();
    static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\n").get();

    private UnitCsv() {
    }

    /** Refuses a header without the required columns or with one not known here (a 400 naming line 1). */
    static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new FieldError("line 1", "the header has no column " + required));
            }
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError("line 1", "column '" + column + "' is not one of " + String.join(", ", COLUMNS)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Whether the record is an empty line (which is skipped, not an error). */
    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /**
     * A row read into a unit's registration; every problem is an {@link InvalidInputException} naming
     * {@code line N: column}.
     */
    static Row read(CSVRecord record, long line) {
        String where = "line " + line + ": ";
        if (!record.isConsistent()) {
            // getHeaderMap() copies the map: asked only here, not on every row
            throw new InvalidInputException("line " + line, "has " + record.size() + " cells; the header has "
                    + record.getParser().getHeaderMap().size());
        }
        String code = cell(record, "code", where);
        if (code == null || !UnitCode.isValid(code)) {
            throw new InvalidInputException(where + "code", UnitCode.RULE);
        }
        String level = cell(record, "level", where);
        UnitLevel unitLevel;
        try {
            unitLevel = UnitLevel.valueOf(level == null ? "" : level);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + "level", "'" + level + "' is not one of the allowed values: "
                    + String.join(", ", Arrays.stream(UnitLevel.values()).map(Enum::name).toList()));
        }
        String parent = cell(record, "parentCode", where);
        if (parent != null && !UnitCode.isValid(parent)) {
            throw new InvalidInputException(where + "parentCode", UnitCode.RULE);
        }
        Integer staff = null;
        String staffText = cell(record, "staffCount", where);
        if (staffText != null) {
            try {
                staff = Integer.valueOf(staffText);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where + "staffCount", "must be a whole number");
            }
        }
        String emails = cell(record, "contactEmails", where);
        List<String> contactEmails = emails == null ? List.of()
                : Arrays.stream(emails.split(";")).map(String::strip).filter(e -> !e.isEmpty()).toList();
        try {
            Contact officer = contact(record, "officer", where);
            Contact leader = contact(record, "leader", where);
            String name = Unit.validName(cell(record, "name", where));
            Unit.normalisedEmails(contactEmails);
            if (staff != null && staff < 0) {
                throw new InvalidInputException("staffCount", "must be 0 or more");
            }
            return new Row(line, new UnitCode(code), name, unitLevel, parent == null ? null : new UnitCode(parent),
                    staff, contactEmails, officer, leader);
        } catch (InvalidInputException e) {
            if (e.field().startsWith("line ")) {
                throw e;
            }
            throw new InvalidInputException(where + e.field(), e.getMessage());
        }
    }

    /** A unit's cells in {@link #COLUMNS} order, for the export. */
    static List<String> write(Unit unit) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(unit.code().value());
        cells.add(unit.name());
        cells.add(unit.level().name());
        cells.add(unit.parentCode() == null ? "" : unit.parentCode().value());
        cells.add(unit.staffCount() == null ? "" : unit.staffCount().toString());
        cells.add(String.join(";", unit.contactEmails()));
        for (Contact contact : Arrays.asList(unit.officer(), unit.leader())) {
            cells.add(contact == null ? "" : orEmpty(contact.name()));
            cells.add(contact == null ? "" : orEmpty(contact.title()));
            cells.add(contact == null ? "" : orEmpty(contact.email()));
            cells.add(contact == null ? "" : orEmpty(contact.phone()));
        }
        return cells;
    }

    private static Contact contact(CSVRecord record, String who, String where) {
        String name = cell(record, who + "Name", where);
        String title = cell(record, who + "Title", where);
        String email = cell(record, who + "Email", where);
        String phone = cell(record, who + "Phone", where);
        if (name == null && title == null && email == null && phone == null) {
            return null;
        }
        try {
            return Contact.of(who, name, title, email, phone);
        } catch (InvalidInputException e) {
            // Contact names the field officer.name; its column is officerName
            String part = e.field().substring(e.field().indexOf('.') + 1);
            throw new InvalidInputException(where + who + Character.toUpperCase(part.charAt(0)) + part.substring(1),
                    e.getMessage());
        }
    }

    private static String cell(CSVRecord record, String column, String where) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        if (value.length() > MAX_CELL) {
            throw new InvalidInputException(where + column, "must be at most " + MAX_CELL + " characters");
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One valid row. */
    record Row(long line, UnitCode code, String name, UnitLevel level, UnitCode parentCode, Integer staffCount,
               List<String> contactEmails, Contact officer, Contact leader) {

        Unit.Registration register(java.time.Clock clock) {
            return Unit.register(code, name, level, parentCode, staffCount, contactEmails, officer, leader, clock);
        }
    }
}
