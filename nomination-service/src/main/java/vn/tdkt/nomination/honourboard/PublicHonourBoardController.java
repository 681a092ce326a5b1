package vn.tdkt.nomination.honourboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.support.paging.PageQuery;

/**
 * The platform's one public read (issue 16 item 4): a unit's honour board, without a token, for its website, the
 * console's public page and feed. It is named in {@code tdkt.security.public-paths} (application.yml), the only
 * exception to "a token for everything"; the platform's architecture rule lets a controller under {@code /public/}
 * skip the Authorizer only if it answers GET and nothing else. Shows published snapshots only ({@link PublicBoard}).
 */
@RestController
@RequestMapping("/public/v1/honour-board")
@Tag(name = "Bảng vinh danh công khai – Public honour board", description = "No token needed")
class PublicHonourBoardController {

    /** A board changes a few times a month; five minutes of caching spares the service a visitor's every reload. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final HonourBoardService board;

    PublicHonourBoardController(HonourBoardService board) {
        this.board = board;
    }

    @GetMapping("/{unitCode}")
    @Operation(summary = "Bảng vinh danh – a unit's published exemplars and honours, newest first (no token; "
            + "ETag and If-None-Match; cached five minutes)")
    ResponseEntity<PublicBoard> board(@PathVariable String unitCode, @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                      String ifNoneMatch) {
        PublicBoard published = board.published(unitCode, PageQuery.of(page, size));
        String etag = etag(published);
        CacheControl cache = CacheControl.maxAge(MAX_AGE).cachePublic();
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(published);
    }

    /** A strong validator of exactly what is answered: the same page of the same entries, the same tag. */
    static String etag(PublicBoard board) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(board.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
