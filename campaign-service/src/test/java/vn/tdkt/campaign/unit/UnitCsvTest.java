package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.text.Utf8Spool;

/** The CSV row format and the UTF-8 check, as tables. */
class UnitCsvTest {

    private static final String HEADER = String.join(",", UnitCsv.COLUMNS);

    private static CSVRecord record(String header, String line) throws IOException {
        CSVParser parser = UnitCsv.READ.parse(new StringReader(header + "\n" + line + "\n"));
        return parser.iterator().next();
    }

    @Test
    void aFullRowWithVietnameseTextAndQuotedCommas() throws IOException {
        UnitCsv.Row row = UnitCsv.read(record(HEADER, "LS-CL-NL,\"UBND xã Nhân Lý, huyện Chi Lăng\",COMMUNE,LS-CL,18,"
                + "VP@nhanly.gov.vn; thidua@nhanly.gov.vn,Hoàng Thị Lan,Cán bộ thi đua,lan@nhanly.gov.vn,0205 3870 123,"
                + "Nông Văn Bình,Chủ tịch UBND xã,,"), 2);

        assertThat(row.code()).isEqualTo(new UnitCode("LS-CL-NL"));
        assertThat(row.name()).isEqualTo("UBND xã Nhân Lý, huyện Chi Lăng");
        assertThat(row.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(row.parentCode()).isEqualTo(new UnitCode("LS-CL"));
        assertThat(row.staffCount()).isEqualTo(18);
        assertThat(row.contactEmails()).containsExactly("VP@nhanly.gov.vn", "thidua@nhanly.gov.vn");
        assertThat(row.officer()).isEqualTo(new Contact("Hoàng Thị Lan", "Cán bộ thi đua", "lan@nhanly.gov.vn",
                "0205 3870 123"));
        assertThat(row.leader()).isEqualTo(new Contact("Nông Văn Bình", "Chủ tịch UBND xã", null, null));
    }

    @Test
    void optionalColumnsMayBeLeftOutAndReordered() throws IOException {
        UnitCsv.Row row = UnitCsv.read(record("level,name,code", "PROVINCE,UBND tỉnh Lạng Sơn,LS"), 2);

        assertThat(row.parentCode()).isNull();
        assertThat(row.staffCount()).isNull();
        assertThat(row.contactEmails()).isEmpty();
        assertThat(row.officer()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "có dấu,Xã,COMMUNE,,,                  | line 7: code",
            "X,,COMMUNE,,,                         | line 7: name",
            "X,Xã,HAMLET,,,                        | line 7: level",
            "X,Xã,COMMUNE,a b,,                    | line 7: parentCode",
            "X,Xã,COMMUNE,,nhiều,                  | line 7: staffCount",
            "X,Xã,COMMUNE,,-1,                     | line 7: staffCount",
            "X,Xã,COMMUNE,,,ok@x.vn;không email    | line 7: contactEmails[1]",
            "X,Xã,COMMUNE,,,,,Cán bộ,,             | line 7: officerName",
            "X,Xã,COMMUNE,,,,Lan,,sai,             | line 7: officerEmail",
            "X,Xã,COMMUNE,,,,,,,,Bình,,,abc        | line 7: leaderPhone",
            "X,Xã,COMMUNE                          | line 7",
    })
    void aBadRowNamesItsLineAndColumn(String line, String field) {
        // every row but the last (which has too few cells on purpose) is padded to the header's width
        String row = field.equals("line 7") ? line
                : line + ",".repeat(UnitCsv.COLUMNS.size() - 1 - (int) line.chars().filter(c -> c == ',').count());
        assertThatThrownBy(() -> UnitCsv.read(record(HEADER, row), 7))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aHeaderWithoutRequiredOrWithUnknownColumnsIsLine1() {
        assertThatThrownBy(() -> UnitCsv.checkHeader(List.of("code", "ten", "level")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(error -> error.field()).containsOnly("line 1");
                    assertThat(e.errors()).extracting(error -> error.message())
                            .anySatisfy(m -> assertThat(m).contains("no column name"))
                            .anySatisfy(m -> assertThat(m).contains("'ten'"));
                });
    }

    @Test
    void anExportedUnitReadsBackTheSame() throws IOException {
        Unit unit = Unit.register(new UnitCode("LS-CL-NL"), "UBND xã \"Nhân Lý\", Chi Lăng", UnitLevel.COMMUNE,
                new UnitCode("LS-CL"), 18, List.of("a@nhanly.gov.vn", "b@nhanly.gov.vn"),
                Contact.of("officer", "Hoàng Thị Lan", null, "lan@nhanly.gov.vn", null), null,
                UnitLifecycleTest.CLOCK).unit();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = UnitCsv.WRITE.print(out)) {
            printer.printRecord(UnitCsv.write(unit));
        }

        CSVRecord record = UnitCsv.READ.parse(new StringReader(out.toString())).iterator().next();
        UnitCsv.Row row = UnitCsv.read(record, 2);
        assertThat(row.name()).isEqualTo(unit.name());
        assertThat(row.contactEmails()).isEqualTo(unit.contactEmails());
        assertThat(row.officer()).isEqualTo(unit.officer());
        assertThat(row.parentCode()).isEqualTo(unit.parentCode());
    }

    // UTF-8

    private static String copy(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Spool.copyChecked(new ByteArrayInputStream(bytes), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validUtf8IsCopiedAsIsAndABomDropped() throws IOException {
        String text = "code,name,level\nLS,UBND tỉnh Lạng Sơn,PROVINCE\n";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        assertThat(copy(withBom)).isEqualTo(text);
    }

    @ParameterizedTest(name = "broken byte on line {1}")
    @CsvSource({"0, 1", "1, 2", "3, 4"})
    void brokenUtf8NamesItsLine(int linesBefore, int line) {
        String before = "code,name,level\n".repeat(linesBefore);
        byte[] head = (before + "X,Xã ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // Latin-1 "ã" written without its UTF-8 continuation
        bytes[head.length + 1] = '\n';

        assertThatThrownBy(() -> copy(bytes)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("line " + line));
    }

    @Test
    void brokenUtf8FarIntoALargeFileIsFoundAcrossChunkBoundaries() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("LS-").append(i).append(",Xã Đồng Mỏ số ").append(i).append(",COMMUNE\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'X';
        bytes[good.length + 1] = (byte) 0xFF;
        bytes[good.length + 2] = '\n';

        assertThatThrownBy(() -> copy(bytes)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("line 20001"));
    }

    @Test
    void aTextEndingInsideACharacterIsRefused() {
        byte[] bytes = {'a', '\n', (byte) 0xE1, (byte) 0xBA};

        assertThatThrownBy(() -> copy(bytes)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("line 2"));
    }
}
