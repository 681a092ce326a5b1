package vn.tdkt.nomination.honourboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.audit.Audit;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.InvalidInputException;
import vn.tdkt.support.security.Action;
import vn.tdkt.support.security.Actor;
import vn.tdkt.support.security.Authorizer;

/**
 * What a unit publishes on its public honour board (seed 003), chosen by its emulation officer
 * (PUBLISH_HONOUR_BOARD on the unit): publish a snapshot of a source of the subtree, withdraw it, list the board.
 * The public read is {@link PublicHonourBoardController}.
 */
@RestController
@RequestMapping("/api/v1/honour-board/{unitCode}/entries")
@Tag(name = "Bảng vinh danh – Honour board", description = "What a unit publishes of its exemplars and honours")
class HonourBoardController {

    private final HonourBoardService board;
    private final Authorizer authorizer;

    HonourBoardController(HonourBoardService board, Authorizer authorizer) {
        this.board = board;
        this.authorizer = authorizer;
    }

    record PublishRequest(String source, String sourceId, String displayName, String title, String citation,
                          List<String> publishedFields) {
    }

    /** An entry as its officer sees it: with its source, who published it and whether it is still shown. */
    record EntryResponse(String id, String unitCode, SourceKind source, String sourceId, String recipientKind,
                         String displayName, String title, String citation, List<BoardEntry.Shown> fields,
                         BoardEntry.Status status, Instant publishedAt, String publishedBy, Instant withdrawnAt,
                         String withdrawnBy, Long version) {

        static EntryResponse of(BoardEntry e) {
            return new EntryResponse(e.id(), e.unitCode(), e.source(), e.sourceId(), e.recipientKind(),
                    e.displayName(), e.title(), e.citation(), e.fields(), e.status(), e.publishedAt(), e.publishedBy(),
                    e.withdrawnAt(), e.withdrawnBy(), e.version());
        }
    }

    @PostMapping
    @Operation(summary = "Đăng lên bảng vinh danh – publish what the unit chose of an exemplar or an honour of its "
            + "subtree (a snapshot: the name, title and citation it writes, and the fields it names)")
    ResponseEntity<EntryResponse> publish(@PathVariable String unitCode, @RequestBody PublishRequest request) {
        Audit.command("honour-board.publish", "honour-board:" + unitCode + "/" + request.source() + ":"
                + request.sourceId());
        Actor actor = authorizer.require(Action.PUBLISH_HONOUR_BOARD, unitCode);
        BoardEntry.Choice choice = BoardEntry.validate(new BoardEntry.Draft(request.source(), request.sourceId(),
                request.displayName(), request.title(), request.citation(), request.publishedFields()));
        BoardEntry entry = board.publish(unitCode, choice, actor.username());
        Audit.versions(null, entry.version());
        return ResponseEntity.created(URI.create("/api/v1/honour-board/" + unitCode + "/entries/" + entry.id()))
                .body(EntryResponse.of(entry));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Gỡ khỏi bảng vinh danh – withdraw an entry (kept, no longer shown); again is harmless")
    EntryResponse withdraw(@PathVariable String unitCode, @PathVariable String id) {
        Audit.command("honour-board.withdraw", "honour-board:" + unitCode + "/" + id);
        Actor actor = authorizer.require(Action.PUBLISH_HONOUR_BOARD, unitCode);
        HonourBoardService.Withdrawn withdrawn = board.withdraw(unitCode, id, actor.username());
        Audit.versions(withdrawn.versionBefore(), withdrawn.entry().version());
        return EntryResponse.of(withdrawn.entry());
    }

    @GetMapping
    @Operation(summary = "Bảng vinh danh của đơn vị – the board's entries, newest first (status PUBLISHED or "
            + "WITHDRAWN; both without)")
    PageResponse<EntryResponse> entries(@PathVariable String unitCode, @RequestParam(required = false) String status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        authorizer.require(Action.PUBLISH_HONOUR_BOARD, unitCode);
        PageQuery query = PageQuery.of(page, size);
        BoardEntry.Status wanted = null;
        if (status != null) {
            try {
                wanted = BoardEntry.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "must be PUBLISHED or WITHDRAWN");
            }
        }
        PageResponse<BoardEntry> entries = board.entries(unitCode, wanted, query);
        return new PageResponse<>(entries.items().stream().map(EntryResponse::of).toList(), entries.page(),
                entries.size(), entries.totalItems());
    }
}
