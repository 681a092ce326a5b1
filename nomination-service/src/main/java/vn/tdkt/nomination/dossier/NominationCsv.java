package vn.tdkt.nomination.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.nomination.award.AwardBasis;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * The CSV form of a dossier for the bulk import (RFC 4180, UTF-8, a header row naming the columns in any order):
 * the fields of {@code POST /api/v1/nominations} without the units the whole file shares (the nominating and the
 * addressed unit are the import's). Columns: {@code kind, nomineeId, name, position, unitCode, gender, ethnicity,
 * birthYear, category, award, basis, year, campaignId, achievements, taskRatings} ({@code 2024:HTXSNV;2023:HTTNV}),
 * {@code initiativeIds} (separated by {@code ;}), {@code discipline, collectiveRating, members,
 * membersAdvancedWorkers}. {@link #REQUIRED} must be in the header; an empty cell is "not given". A problem is named
 * {@code line N: column}, the header being line 1.
 */
final class NominationCsv {

    static final List<String> COLUMNS = List.of("kind", "nomineeId", "name", "position", "unitCode", "gender",
            "ethnicity", "birthYear", "category", "award", "basis", "year", "campaignId", "achievements",
            "taskRatings", "initiativeIds", "discipline", "collectiveRating", "members", "membersAdvancedWorkers");
    static final List<String> REQUIRED = List.of("kind", "nomineeId", "name", "unitCode", "award", "basis", "year");
    /** The achievements report may be long (as in the JSON form); no other cell comes near this. */
    static final int MAX_CELL = Dossier.MAX_ACHIEVEMENTS;

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false).get();

    private NominationCsv() {
    }

    /** Refuses a header without the required columns or with one not known here, every problem on line 1. */
    static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new FieldError("line 1", "the header has no column " + required));
            }
        }
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError("line 1", "column '" + column + "' is not one of " + String.join(", ",
                        COLUMNS)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** An empty line, skipped rather than refused (spreadsheets leave them at the end). */
    static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /**
     * The row as the draft {@code POST /api/v1/nominations} would receive, checked by the same field rules.
     *
     * @throws InvalidInputException naming every problem of the row as {@code line N: column}
     */
    static Row read(CSVRecord record, long line, String nominatingUnitCode, String addressedTo) {
        String where = "line " + line + ": ";
        if (!record.isConsistent()) {
            throw new InvalidInputException("line " + line, "has " + record.size() + " cells; the header has "
                    + record.getParser().getHeaderMap().size());
        }
        Map<String, String> bad = new LinkedHashMap<>();
        RecipientKind kind = choice(record, "kind", RecipientKind.class, bad);
        Dossier.Gender gender = choice(record, "gender", Dossier.Gender.class, bad);
        AwardBasis basis = choice(record, "basis", AwardBasis.class, bad);
        Dossier.DisciplineStatus discipline = choice(record, "discipline", Dossier.DisciplineStatus.class, bad);
        Dossier.TaskRating collectiveRating = choice(record, "collectiveRating", Dossier.TaskRating.class, bad);
        Integer birthYear = number(record, "birthYear", bad);
        Integer year = number(record, "year", bad);
        Integer members = number(record, "members", bad);
        Integer advanced = number(record, "membersAdvancedWorkers", bad);
        List<Dossier.YearRating> ratings = ratings(record, bad);
        String initiatives = cell(record, "initiativeIds", bad);
        List<String> initiativeIds = initiatives == null ? null
                : Arrays.stream(initiatives.split(";")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        for (String column : COLUMNS) {
            cell(record, column, bad); // every over-long cell is named, whatever its column
        }
        Dossier.Nominee nominee = new Dossier.Nominee(kind, cell(record, "nomineeId", bad), cell(record, "name", bad),
                cell(record, "position", bad), cell(record, "unitCode", bad), gender, cell(record, "ethnicity", bad),
                birthYear, cell(record, "category", bad));
        Dossier.Evidence evidence = new Dossier.Evidence(ratings, null, initiativeIds, discipline, collectiveRating,
                members, advanced);
        NominationService.Draft draft = new NominationService.Draft(nominatingUnitCode, addressedTo, nominee,
                cell(record, "award", bad), basis, cell(record, "campaignId", bad), year,
                cell(record, "achievements", bad), evidence, List.of());
        List<FieldError> errors = new ArrayList<>();
        bad.forEach((column, message) -> errors.add(new FieldError(where + column, message)));
        NominationService.Checked checked = null;
        try {
            checked = NominationService.checked(draft);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                String column = column(error.field());
                if (!bad.containsKey(column)) { // a cell that could not be read is named once, by its reading
                    errors.add(new FieldError(where + column, message(error)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Row(line, draft, checked);
    }

    /**
     * The column a field of the JSON form comes from: {@code nominee.birthYear} → {@code birthYear},
     * {@code evidence.taskRatings[0].rating} → {@code taskRatings}; the collective's person fields → {@code kind}.
     */
    static String column(String field) {
        if (field.equals("nominee")) {
            return "kind";
        }
        String column = field;
        if (column.startsWith("nominee.")) {
            column = column.substring("nominee.".length());
        } else if (column.startsWith("evidence.")) {
            column = column.substring("evidence.".length());
        }
        int index = column.indexOf('[');
        return index < 0 ? column : column.substring(0, index);
    }

    /** The message, with the element of a list column said (which rating of taskRatings). */
    private static String message(FieldError error) {
        int index = error.field().indexOf('[');
        return index < 0 ? error.message() : error.field().substring(error.field().lastIndexOf('.', index) + 1)
                + ": " + error.message();
    }

    private static <E extends Enum<E>> E choice(CSVRecord record, String column, Class<E> type,
                                                Map<String, String> bad) {
        String value = cell(record, column, bad);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            // the value itself is not repeated: in a shifted column it could be a person's name, and jobs keep errors
            bad.putIfAbsent(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Integer number(CSVRecord record, String column, Map<String, String> bad) {
        String value = cell(record, column, bad);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            bad.putIfAbsent(column, "must be a whole number");
            return null;
        }
    }

    /** {@code 2024:HTXSNV;2023:HTTNV}: a year and a rating per entry. */
    private static List<Dossier.YearRating> ratings(CSVRecord record, Map<String, String> bad) {
        String value = cell(record, "taskRatings", bad);
        if (value == null) {
            return List.of();
        }
        List<Dossier.YearRating> ratings = new ArrayList<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", -1);
            try {
                ratings.add(new Dossier.YearRating(Integer.valueOf(parts[0].strip()),
                        Dossier.TaskRating.valueOf(parts[1].strip())));
            } catch (RuntimeException e) {
                bad.putIfAbsent("taskRatings", "an entry is not year:rating, a rating being one of "
                        + Arrays.toString(Dossier.TaskRating.values()) + " (e.g. 2024:HTXSNV;2023:HTTNV)");
                return List.of();
            }
        }
        return ratings;
    }

    private static String cell(CSVRecord record, String column, Map<String, String> bad) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        if (value.length() > MAX_CELL) {
            bad.putIfAbsent(column, "must be at most " + MAX_CELL + " characters");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** One row that meets every field rule: the draft it is, its award resolved. */
    record Row(long line, NominationService.Draft draft, NominationService.Checked checked) {

        String nomineeId() {
            return draft.nominee().nomineeId();
        }

        String awardCode() {
            return checked.award().code();
        }

        int year() {
            return draft.year();
        }

        String liveKey() {
            return Nomination.liveKey(nomineeId(), awardCode(), year());
        }
    }
}
