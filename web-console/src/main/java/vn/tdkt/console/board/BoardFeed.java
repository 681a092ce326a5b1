package vn.tdkt.console.board;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.Formats;

/**
 * A unit's board as an Atom 1.0 feed (RFC 4287), written by Rome: the feed names the unit as its author and links
 * the board's page and itself; each entry is one published snapshot, with the name and title the unit wrote, its
 * citation and chosen fields as plain text, dated the day it was published. Nothing else of the entry is in it.
 */
final class BoardFeed {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private BoardFeed() {
    }

    /**
     * @param board  the service's public board answer
     * @param whenEmpty the feed's {@code updated} when nothing is published (Atom requires one)
     */
    static String atom(JsonNode board, BoardLinks links, Instant whenEmpty) {
        String unitName = board.path("unitName").asString(board.path("unitCode").asString(""));
        Feed feed = new Feed("atom_1.0");
        feed.setId(links.page());
        feed.setTitle("Bảng vàng – " + unitName);
        feed.setAlternateLinks(List.of(link("alternate", "text/html", links.page())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", links.feed())));
        Person author = new Person();
        author.setName(unitName);
        author.setUrl(links.page());
        feed.setAuthors(List.of(author));
        Instant newest = null;
        List<Entry> entries = new ArrayList<>();
        for (JsonNode item : board.path("items")) {
            Instant published = day(item.path("publishedOn").asString(""));
            newest = newest == null || (published != null && published.isAfter(newest)) ? published : newest;
            entries.add(entry(item, links, published == null ? whenEmpty : published));
        }
        feed.setUpdated(Date.from(newest == null ? whenEmpty : newest));
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("an Atom feed of plain text cannot fail to write", e);
        }
    }

    private static Entry entry(JsonNode item, BoardLinks links, Instant published) {
        String id = item.path("id").asString("");
        Entry entry = new Entry();
        entry.setId(UUID.matcher(id).matches() ? "urn:uuid:" + id.toLowerCase() : links.page() + "#" + id);
        String title = item.path("title").asString("");
        entry.setTitle(item.path("displayName").asString("") + (title.isBlank() ? "" : " – " + title));
        entry.setPublished(Date.from(published));
        entry.setUpdated(Date.from(published));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", links.page() + "#e-" + id)));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        StringBuilder text = new StringBuilder(item.path("citation").asString(""));
        for (JsonNode field : item.path("fields")) {
            text.append('\n').append(field.path("label").asString("")).append(": ").append(field.path("value").asString(""));
        }
        summary.setValue(text.toString());
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    /** The day an entry was published, as the start of that day in Vietnam; null when it is not a day. */
    private static Instant day(String iso) {
        try {
            return LocalDate.parse(iso).atStartOfDay(Formats.VIETNAM).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
