package vn.tdkt.console.board;

import org.springframework.web.util.UriUtils;

/**
 * The public addresses of a unit's board, absolute on the console's public address (TDKT_CONSOLE_URL), as a feed
 * reader or another website needs them.
 */
record BoardLinks(String page, String feed, String embed) {

    static BoardLinks of(String consoleUrl, String unitCode) {
        String base = consoleUrl.replaceAll("/+$", "") + "/honour-board/" + UriUtils.encodePathSegment(unitCode,
                java.nio.charset.StandardCharsets.UTF_8);
        return new BoardLinks(base, base + "/feed.atom", base + "/embed");
    }

    /** The code a unit's web editor pastes: an iframe with a title (its accessible name) and a link for no-frame readers. */
    public String snippet(String title) {
        String safeTitle = org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8");
        return "<iframe src=\"" + embed + "\" title=\"" + safeTitle + "\" width=\"100%\" height=\"480\""
                + " style=\"border:1px solid #c9ced6\" loading=\"lazy\"></iframe>\n"
                + "<p><a href=\"" + page + "\">" + safeTitle + "</a></p>";
    }
}
