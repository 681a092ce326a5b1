package vn.tdkt.nomination.honours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.events.nomination.HonourSource;
import vn.tdkt.events.nomination.RecipientKind;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Authorizer;

@RestController
@RequestMapping("/api/v1/honours")
@Tag(name = "Lịch sử khen thưởng – Honours history", description = "What each person and collective received, by year")
class HonoursController {

    private final HonoursService honours;
    private final Authorizer authorizer;

    HonoursController(HonoursService honours, Authorizer authorizer) {
        this.honours = honours;
        this.authorizer = authorizer;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi một dòng lịch sử – record that a recipient received an award for a year")
    BatchResponse record(@RequestBody RecordRequest request) {
        Audit.command("honours.record", "recipient:" + request.recipientId());
        List<FieldError> errors = new ArrayList<>();
        HonourEntry line = HonourEntry.parse(request.raw(), "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        authorizer.require(Action.MANAGE_HONOURS, line.unitCode());
        HonourBatch batch = honours.recordOne(line);
        Audit.versions(null, 0L);
        return BatchResponse.of(batch);
    }

    /** A CSV file, all or nothing: every bad line is named, and then nothing is recorded. */
    @PostMapping(path = "/imports", consumes = {"text/csv", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nhập lịch sử từ CSV – import history lines; columns: " + "recipientId, recipientKind, "
            + "recipientName, unitCode, year, award, decisionNumber, decisionDate")
    BatchResponse importCsv(@RequestBody byte[] csv) {
        Audit.command("honours.import", "honours");
        authorizer.require(Action.MANAGE_HONOURS, authorizer.actor().unitCode());
        List<String> fields = new ArrayList<>();
        List<HonourEntry> lines = honours.parseCsv(utf8(csv), fields);
        authorizer.requireAll(Action.MANAGE_HONOURS, HonourEntry.units(lines));
        HonourBatch batch = honours.importCsv(lines, fields);
        Audit.command("honours.import", "batch:" + batch.id().value());
        Audit.versions(null, 0L);
        return BatchResponse.of(batch);
    }

    /** The file is UTF-8 whatever the request's charset says: Vietnamese names must survive any client. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 text; save the CSV file as UTF-8");
        }
    }

    /** A recipient's history is personal data of their unit: read within its subtree, and audited. */
    @GetMapping
    @Operation(summary = "Lịch sử của một đối tượng – a recipient's lines, by year then award code")
    PageResponse<LineResponse> history(@RequestParam String recipientId,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        List<HonourEntry> lines = honours.linesOf(recipientId);
        if (lines.isEmpty()) {
            authorizer.require(Action.READ_PERSONAL_DATA, authorizer.actor().unitCode());
            throw new NotFoundException("No honours are recorded for " + recipientId);
        }
        authorizer.require(Action.READ_PERSONAL_DATA, lines.getLast().unitCode());
        Audit.personalDataRead("honours.read", "recipient:" + recipientId);
        return PageResponse.of(query, lines.stream().skip(query.offset()).limit(query.size()).map(LineResponse::of)
                .toList(), lines.size());
    }

    record RecordRequest(String recipientId, RecipientKind recipientKind, String recipientName, String unitCode,
                         Integer year, String award, String decisionNumber, LocalDate decisionDate) {

        HonourEntry.Raw raw() {
            return new HonourEntry.Raw(recipientId, recipientKind == null ? null : recipientKind.name(), recipientName,
                    unitCode, year == null ? null : String.valueOf(year), award, decisionNumber,
                    decisionDate == null ? null : decisionDate.toString());
        }
    }

    record LineResponse(String recipientId, RecipientKind recipientKind, String recipientName, String unitCode,
                        int year, String awardCode, String awardName, String decisionNumber, LocalDate decisionDate) {

        static LineResponse of(HonourEntry e) {
            return new LineResponse(e.recipientId(), e.recipientKind(), e.recipientName(), e.unitCode(), e.year(),
                    e.awardCode(), e.awardName(), e.decisionNumber(), e.decisionDate());
        }
    }

    record BatchResponse(String batchId, HonourSource source, Instant recordedAt, int lines, List<LineResponse> items) {

        static BatchResponse of(HonourBatch batch) {
            return new BatchResponse(batch.id().value(), batch.source(), batch.recordedAt(), batch.entries().size(),
                    batch.entries().stream().map(LineResponse::of).toList());
        }
    }
}
