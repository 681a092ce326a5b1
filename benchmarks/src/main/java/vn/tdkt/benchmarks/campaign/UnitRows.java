package vn.tdkt.benchmarks.campaign;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;
import vn.tdkt.events.EventCatalog;
import vn.tdkt.events.EventJson;
import vn.tdkt.events.EventType;
import vn.tdkt.events.unit.UnitContact;
import vn.tdkt.events.unit.UnitRegistered;

/**
 * The units of a made-up province, generated from their index so that the CSV sent to the service and
 * the documents of the driver baseline describe exactly the same units. A tenth of a percent are
 * districts under the root, the rest communes spread over them; every row has two contact e-mails, an
 * emulation officer and a leader, with Vietnamese names (multi-byte UTF-8 on every row).
 */
final class UnitRows {

    /** The CSV columns of campaign-service's import (docs/rest-contract.md), all of them. */
    static final List<String> COLUMNS = List.of("code", "name", "level", "parentCode", "staffCount", "contactEmails",
            "officerName", "officerTitle", "officerEmail", "officerPhone", "leaderName", "leaderTitle", "leaderEmail",
            "leaderPhone");
    /** What Spring Data writes as the type hint of campaign-service's unit documents. */
    static final String DOCUMENT_CLASS = "vn.tdkt.campaign.unit.UnitDocument";

    private static final String[] PLACES = {"Đông Anh", "Yên Phong", "Quế Võ", "Tiên Du", "Từ Sơn", "Thuận Thành",
        "Gia Bình", "Lương Tài", "Việt Yên", "Hiệp Hòa", "Lạng Giang", "Lục Nam", "Sơn Động", "Yên Dũng",
        "Tân Yên", "Lục Ngạn", "Đồng Kỵ", "Phù Khê", "Hương Mạc", "Châu Khê"};
    private static final String[] OFFICERS = {"Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Thu Hằng", "Phạm Quốc Việt",
        "Hoàng Thị Ngọc Ánh", "Vũ Đình Trọng", "Đặng Thị Mỹ Dung", "Bùi Văn Lượng"};

    record Contact(String name, String title, String email, String phone) {

        UnitContact toEvent() {
            return new UnitContact(name, title, email, phone);
        }

        Document toDocument() {
            return new Document("name", name).append("title", title).append("email", email).append("phone", phone);
        }
    }

    record Row(String code, String name, String level, String parentCode, int staffCount, List<String> contactEmails,
               Contact officer, Contact leader) {
    }

    private final String prefix;
    private final String root;
    private final int count;
    private final int districts;

    /**
     * @param prefix the codes are {@code <prefix>-<index, 7 digits>}
     * @param root   the registered unit every generated unit lies under
     */
    UnitRows(String prefix, String root, int count) {
        this.prefix = prefix;
        this.root = root;
        this.count = count;
        this.districts = Math.max(1, count / 1_000);
    }

    int count() {
        return count;
    }

    String root() {
        return root;
    }

    String code(int i) {
        return prefix + "-" + String.format(Locale.ROOT, "%07d", i);
    }

    /** Row {@code i}: districts first (parents before children, as an export writes them), then communes. */
    Row row(int i) {
        boolean district = i < districts;
        String code = code(i);
        String lower = code.toLowerCase(Locale.ROOT);
        String place = PLACES[i % PLACES.length];
        String name = (district ? "Ủy ban nhân dân huyện " : "Ủy ban nhân dân xã ") + place + " " + i;
        String parent = district ? root : code(i % districts);
        String phone = String.format(Locale.ROOT, "0222 3%03d %03d", i % 1000, (i / 1000) % 1000);
        Contact officer = new Contact(OFFICERS[i % OFFICERS.length], "Cán bộ thi đua – khen thưởng",
                "thidua." + lower + "@bacninh.gov.vn", phone);
        Contact leader = new Contact(OFFICERS[(i + 3) % OFFICERS.length], "Chủ tịch Ủy ban nhân dân",
                "chutich." + lower + "@bacninh.gov.vn", phone);
        return new Row(code, name, district ? "DISTRICT" : "COMMUNE", parent, 10 + i % 90,
                List.of("vanphong." + lower + "@bacninh.gov.vn", "vanthu." + lower + "@bacninh.gov.vn"), officer, leader);
    }

    /** The rows {@code [from, to)} as one CSV file with a header row (RFC 4180, UTF-8). */
    Path writeCsv(Path file, int from, int to) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (int i = from; i < to; i++) {
                Row r = row(i);
                List<String> cells = List.of(r.code(), r.name(), r.level(), r.parentCode(),
                        Integer.toString(r.staffCount()), String.join(";", r.contactEmails()),
                        r.officer().name(), r.officer().title(), r.officer().email(), r.officer().phone(),
                        r.leader().name(), r.leader().title(), r.leader().email(), r.leader().phone());
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells.get(c)));
                }
                out.write('\n');
            }
        }
        return file;
    }

    /**
     * The document campaign-service stores for a freshly registered unit (UnitDocument, mapped by Spring Data
     * with the driver's java.time codecs): its state, a one-entry history, version 0, the type hint, and, when
     * {@code withEvent}, its {@code UnitRegistered} event in {@code pendingEvents} exactly as the outbox keeps
     * it (the payload built by event-contracts' own {@link EventJson}); without, {@code pendingEvents: []}, the
     * shape of a unit whose events the relay has published.
     */
    static Document document(Row r, Instant now, boolean withEvent) {
        Date at = Date.from(now);
        List<Document> pending = new ArrayList<>(1);
        if (withEvent) {
            UnitRegistered event = new UnitRegistered(UUID.randomUUID(), now, r.code(), 0, r.code(), r.name(),
                    r.level(), r.parentCode(), r.staffCount(), r.contactEmails(), "ACTIVE", null, List.of(), null,
                    r.officer().toEvent(), r.leader().toEvent());
            EventType type = EventCatalog.of(event);
            pending.add(new Document("eventId", event.eventId().toString()).append("type", type.name())
                    .append("topic", type.topic()).append("key", r.code()).append("subject", r.code())
                    .append("occurredAt", at).append("payload", EventJson.write(event))
                    .append("traceparent", traceparent()));
        }
        return new Document("_id", r.code()).append("name", r.name()).append("level", r.level())
                .append("parentCode", r.parentCode()).append("staffCount", r.staffCount())
                .append("contactEmails", r.contactEmails()).append("officer", r.officer().toDocument())
                .append("leader", r.leader().toDocument()).append("status", "ACTIVE")
                .append("predecessorCodes", List.of())
                .append("history", List.of(new Document("at", at).append("change", "REGISTERED")
                        .append("to", r.parentCode()).append("codes", List.of())))
                .append("registeredAt", at).append("updatedAt", at).append("version", 0L)
                .append("pendingEvents", pending).append("_class", DOCUMENT_CLASS);
    }

    /** A W3C traceparent like the one the service stores with each event (tracing samples every request). */
    private static String traceparent() {
        UUID a = UUID.randomUUID();
        return String.format(Locale.ROOT, "00-%016x%016x-%016x-01", a.getMostSignificantBits(),
                a.getLeastSignificantBits(), UUID.randomUUID().getMostSignificantBits());
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
