package vn.tdkt.console.board;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.ConsoleProperties;
import vn.tdkt.console.support.Json;
import vn.tdkt.console.support.PublicBoardApi;

/**
 * A unit's public honour board (seed 003: exemplary people honoured "trên các trang thông tin điện tử"), for anyone,
 * without sign-in: the collectives and individuals the unit chose to publish and the honours, as nomination-service
 * serves them (published snapshots only, nothing beyond what the unit wrote and chose); the same as an Atom feed;
 * and a compact snippet the unit's website embeds in an iframe. Cached five minutes, as the service's answer is.
 */
@Controller
class PublicBoardController {

    /** The page's language follows ?lang= once, then a cookie: a shared cache must keep the languages apart. */
    private static final String VARY = "Cookie, Accept-Language";

    /** The service caches its answer this long; the pages built from it need not be fresher. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int PAGE_SIZE = 50;

    private final PublicBoardApi board;
    private final ConsoleProperties console;
    private final Clock clock;

    PublicBoardController(PublicBoardApi board, ConsoleProperties console, Clock clock) {
        this.board = board;
        this.console = console;
        this.clock = clock;
    }

    @GetMapping({"/honour-board/{unitCode}", "/bang-vang/{unitCode}"})
    String page(@PathVariable String unitCode, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        JsonNode published = board.board(unitCode, Math.max(page, 0), PAGE_SIZE);
        show(unitCode, published, model);
        model.addAttribute("entries", Json.page(published));
        response.setHeader("Cache-Control", CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
        response.setHeader("Vary", VARY);
        return "board/public";
    }

    /** The snippet for an iframe on the unit's website: the newest entries, no header, links open the full board. */
    @GetMapping({"/honour-board/{unitCode}/embed", "/bang-vang/{unitCode}/embed"})
    String embed(@PathVariable String unitCode, @RequestParam(defaultValue = "10") int size, Model model,
            HttpServletResponse response) {
        JsonNode published = board.board(unitCode, 0, Math.clamp(size, 1, PAGE_SIZE));
        show(unitCode, published, model);
        model.addAttribute("entries", Json.page(published));
        response.setHeader("Cache-Control", CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
        response.setHeader("Vary", VARY);
        return "board/embed";
    }

    @GetMapping(value = {"/honour-board/{unitCode}/feed.atom", "/bang-vang/{unitCode}/feed.atom"})
    ResponseEntity<String> feed(@PathVariable String unitCode) {
        JsonNode published = board.board(unitCode, 0, PAGE_SIZE);
        String xml = BoardFeed.atom(published, links(unitCode), clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic()).body(xml);
    }

    private void show(String unitCode, JsonNode published, Model model) {
        model.addAttribute("unitCode", published.path("unitCode").asString(unitCode));
        model.addAttribute("unitName", published.path("unitName").asString(unitCode));
        model.addAttribute("links", links(unitCode));
        List<Map<String, Object>> items = Json.views(published.path("items"));
        model.addAttribute("collectives", items.stream().filter(i -> "COLLECTIVE".equals(i.get("recipientKind"))).toList());
        model.addAttribute("individuals", items.stream().filter(i -> !"COLLECTIVE".equals(i.get("recipientKind"))).toList());
    }

    /** Absolute addresses, for the feed, the snippet's code and its links (the console's public address). */
    BoardLinks links(String unitCode) {
        return BoardLinks.of(console.url().toString(), unitCode);
    }
}
