package vn.tdkt.nomination.honourboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.tdkt.support.paging.PageQuery;
import vn.tdkt.support.paging.PageResponse;
import vn.tdkt.support.problem.ConflictException;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.NotFoundException;
import vn.tdkt.support.problem.RuleViolationException;
import vn.tdkt.support.statistics.ReportPeriod;
import vn.tdkt.support.unitdirectory.DirectoryUnit;
import vn.tdkt.support.unitdirectory.UnitDirectory;

/** Publishing to a unit's board, withdrawing, and the board as officers and the public read it. */
@Service
class HonourBoardService {

    private final HonourBoardRepository board;
    private final UnitDirectory units;
    private final Clock clock;

    HonourBoardService(HonourBoardRepository board, UnitDirectory units, Clock clock) {
        this.board = board;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Publishes the chosen fields of a source of the unit's subtree.
     *
     * @throws RuleViolationException (422, {@code sourceId}) when the source does not exist or is not the subtree's
     * @throws ConflictException      when the source is on this board already
     */
    BoardEntry publish(String unitCode, BoardEntry.Choice choice, String by) {
        Source source = (choice.source() == SourceKind.HONOUR ? board.honour(choice.sourceId())
                : board.exemplar(choice.sourceId())).orElseThrow(() -> refused(choice.sourceId(),
                "no " + (choice.source() == SourceKind.HONOUR ? "honour conferred by a decision on dossier "
                        : "registered exemplar ") + choice.sourceId()));
        Set<String> subtree = units.subtree(unitCode);
        if (source.unitCode() == null || !subtree.contains(source.unitCode())) {
            throw refused(choice.sourceId(), "belongs to unit " + source.unitCode() + ", which is not " + unitCode
                    + " or under it: a unit publishes its own subtree's people only");
        }
        try {
            return board.insert(BoardEntry.publish(unitCode, choice, named(source), by, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(choice.source() + " " + choice.sourceId() + " is on the board of " + unitCode
                    + " already; withdraw that entry first to publish it otherwise");
        }
    }

    record Withdrawn(BoardEntry entry, Long versionBefore) {
    }

    Withdrawn withdraw(String unitCode, String id, String by) {
        BoardEntry entry = board.find(unitCode, id).orElseThrow(() -> new NotFoundException(
                "No entry " + id + " on the board of " + unitCode));
        if (entry.status() == BoardEntry.Status.WITHDRAWN) {
            return new Withdrawn(entry, entry.version());
        }
        return new Withdrawn(board.update(entry.withdraw(by, clock.instant())), entry.version());
    }

    PageResponse<BoardEntry> entries(String unitCode, BoardEntry.Status status, PageQuery page) {
        return board.page(unitCode, status, page);
    }

    /** The published entries of a known unit's board; 404 for a unit this service does not know. */
    PublicBoard published(String unitCode, PageQuery page) {
        DirectoryUnit unit = units.find(unitCode).orElseThrow(() -> new NotFoundException("No unit " + unitCode));
        PageResponse<BoardEntry> entries = board.page(unitCode, BoardEntry.Status.PUBLISHED, page);
        return new PublicBoard(unit.code(), unit.name(), entries.items().stream().map(PublicBoard.Entry::of).toList(),
                entries.page(), entries.size(), entries.totalItems());
    }

    /** An honour's unit is published by name, never by code (a code is no help to a reader of the board). */
    private Source named(Source source) {
        if (source.kind() != SourceKind.HONOUR || !source.offered().containsKey(PublishedField.UNIT)) {
            return source;
        }
        Map<PublishedField, String> offered = new EnumMap<>(source.offered());
        Optional<String> name = units.find(offered.get(PublishedField.UNIT)).map(DirectoryUnit::name);
        if (name.isPresent()) {
            offered.put(PublishedField.UNIT, name.get());
        } else {
            offered.remove(PublishedField.UNIT);
        }
        return new Source(source.kind(), source.sourceId(), source.unitCode(), source.recipientKind(), offered);
    }

    private static RuleViolationException refused(String sourceId, String why) {
        return new RuleViolationException("The source cannot be published on this board",
                List.of(new FieldError("sourceId", why)));
    }

    /** The day an entry was published, in Vietnam. */
    static LocalDate day(java.time.Instant instant) {
        return instant.atZone(ReportPeriod.VIETNAM).toLocalDate();
    }
}
