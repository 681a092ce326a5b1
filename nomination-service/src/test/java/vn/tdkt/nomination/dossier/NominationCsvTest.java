package vn.tdkt.nomination.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

/** A row of the import read by the same rules as the JSON dossier, each problem named by its line and column. */
class NominationCsvTest {

    static final String HEADER = "kind,nomineeId,name,position,unitCode,gender,ethnicity,birthYear,category,award,"
            + "basis,year,campaignId,achievements,taskRatings,initiativeIds,discipline,collectiveRating,members,"
            + "membersAdvancedWorkers";
    static final String MAI = "INDIVIDUAL,CB-0042,Hoàng Thị Mai,Công chức Văn phòng – Thống kê,LS-CL-NL,FEMALE,Tày,"
            + "1988,công chức,Lao động tiên tiến,REGULAR,2024,,\"Hoàn thành tốt nhiệm vụ, \"\"một cửa\"\" số\","
            + "2024:HTTNV;2023:HTXSNV,SK-NL-1; SK-NL-2,NONE,,,";

    private static NominationCsv.Row read(String header, String row) throws IOException {
        CSVParser parser = NominationCsv.READ.parse(new StringReader(header + "\n" + row + "\n"));
        NominationCsv.checkHeader(parser.getHeaderNames());
        CSVRecord record = parser.iterator().next();
        return NominationCsv.read(record, 2, "LS-CL", "LS-CL");
    }

    @Test
    void aRowIsTheDraftThePostWouldReceiveDiacriticsIntact() throws IOException {
        NominationCsv.Row row = read(HEADER, MAI);

        NominationService.Draft d = row.draft();
        assertThat(d.nominatingUnitCode()).isEqualTo("LS-CL");
        assertThat(d.nominee()).isEqualTo(new Dossier.Nominee(RecipientKind.INDIVIDUAL, "CB-0042", "Hoàng Thị Mai",
                "Công chức Văn phòng – Thống kê", "LS-CL-NL", Dossier.Gender.FEMALE, "Tày", 1988, "công chức"));
        assertThat(row.awardCode()).isEqualTo("LAO_DONG_TIEN_TIEN");
        assertThat(d.achievements()).isEqualTo("Hoàn thành tốt nhiệm vụ, \"một cửa\" số");
        assertThat(d.evidence().taskRatings()).containsExactly(
                new Dossier.YearRating(2024, Dossier.TaskRating.HTTNV),
                new Dossier.YearRating(2023, Dossier.TaskRating.HTXSNV));
        assertThat(d.evidence().initiativeIds()).containsExactly("SK-NL-1", "SK-NL-2");
        assertThat(d.evidence().earlierHonours()).as("left out: prefilled from the history, as POST does").isNull();
        assertThat(row.liveKey()).isEqualTo("CB-0042|LAO_DONG_TIEN_TIEN|2024");
    }

    @Test
    void onlyTheRequiredColumnsAreNeededInAnyOrder() throws IOException {
        NominationCsv.Row row = read("year,award,basis,unitCode,name,nomineeId,kind",
                "2025,TAP_THE_LDTT,REGULAR,LS-CL-NL,Văn phòng HĐND và UBND xã Nhân Lý,TT-NL-VP,COLLECTIVE");

        assertThat(row.draft().nominee().kind()).isEqualTo(RecipientKind.COLLECTIVE);
        assertThat(row.draft().nominee().name()).isEqualTo("Văn phòng HĐND và UBND xã Nhân Lý");
        assertThat(row.year()).isEqualTo(2025);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kind=PERSON                     | line 2: kind             | must be one of [INDIVIDUAL, COLLECTIVE]
            nomineeId=                      | line 2: nomineeId        | must be 1–64 letters
            nomineeId=CB 42                 | line 2: nomineeId        | must be 1–64 letters
            name=                           | line 2: name             | must not be blank
            unitCode=LS/CL                  | line 2: unitCode         | must be 1–64 letters
            gender=F                        | line 2: gender           | must be one of [MALE, FEMALE]
            birthYear=1880                  | line 2: birthYear        | must be between 1900 and 2100
            birthYear=năm 88                | line 2: birthYear        | must be a whole number
            award=Huân chương Lao động      | line 2: award            | is neither a code nor a name
            award=Tập thể lao động tiên tiến| line 2: award            | is not given to a person
            basis=FOREIGN                   | line 2: basis            | is given on the bases [REGULAR]
            basis=                          | line 2: basis            | must be one of
            year=1800                       | line 2: year             | must be between 1945 and 2100
            year=                           | line 2: year             | must be given
            campaignId=x y                  | line 2: campaignId       | must be a campaign id
            taskRatings=2024-HTTNV          | line 2: taskRatings      | an entry is not year:rating
            taskRatings=2024:HTTNV;2024:HTNV| line 2: taskRatings      | taskRatings[1].year: 2024 is rated twice
            initiativeIds=SK 1              | line 2: initiativeIds    | must be 1–64 letters
            discipline=MAYBE                | line 2: discipline       | must be one of [NONE, UNDER_CONSIDERATION
            members=0                       | line 2: members          | must be at least 1
            """)
    void aBadCellIsNamedByLineAndColumn(String change, String field, String message) throws IOException {
        String column = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        List<String> header = List.of(HEADER.split(","));
        String[] cells = parse(MAI);
        cells[header.indexOf(column)] = value;

        assertThatThrownBy(() -> read(HEADER, join(cells)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).contains(message);
                        }));
    }

    @Test
    void everyProblemOfARowIsNamedOnce() {
        String bad = MAI.replace("INDIVIDUAL,CB-0042,Hoàng Thị Mai", "INDIVIDUAL,CB-0042,")
                .replace(",1988,", ",1800,").replace("FEMALE", "F");

        assertThatThrownBy(() -> read(HEADER, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("line 2: name", "line 2: birthYear", "line 2: gender"));
    }

    @Test
    void aCollectiveWithAPersonsFieldsIsRefusedOnItsKind() {
        String collective = MAI.replace("INDIVIDUAL", "COLLECTIVE").replace("Lao động tiên tiến",
                "Tập thể lao động tiên tiến");

        assertThatThrownBy(() -> read(HEADER, collective)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("line 2: kind");
                    assertThat(error.message()).contains("describe a person");
                }));
    }

    @Test
    void aRowWithTooFewCellsIsNamedByItsLine() {
        assertThatThrownBy(() -> read(HEADER, "INDIVIDUAL,CB-0042")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("line 2")));
    }

    @Test
    void theHeaderMustHaveTheRequiredColumnsAndNoUnknownOne() {
        assertThatThrownBy(() -> NominationCsv.checkHeader(List.of("kind", "nomineeId", "name", "unitCode", "award",
                "year", "colour"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::message)
                .containsExactly("the header has no column basis", "column 'colour' is not one of "
                        + String.join(", ", NominationCsv.COLUMNS)));
    }

    @Test
    void theJsonPathsMapToTheirColumns() {
        assertThat(NominationCsv.column("nominee.birthYear")).isEqualTo("birthYear");
        assertThat(NominationCsv.column("evidence.taskRatings[0].rating")).isEqualTo("taskRatings");
        assertThat(NominationCsv.column("nominee")).isEqualTo("kind");
        assertThat(NominationCsv.column("award")).isEqualTo("award");
    }

    private static String[] parse(String row) throws IOException {
        CSVRecord record = org.apache.commons.csv.CSVFormat.RFC4180.parse(new StringReader(row)).iterator().next();
        return record.values();
    }

    private static String join(String[] cells) throws IOException {
        StringBuilder out = new StringBuilder();
        org.apache.commons.csv.CSVFormat.RFC4180.printRecord(out, (Object[]) cells);
        return out.toString().strip();
    }
}
