package vn.tdkt.campaign.unit;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * A CSV file's records, lexed on a thread of their own and handed over in batches, so that reading the file
 * and checking (or building) its rows run side by side: an import's passes over 100,000 rows each took longer
 * lexing than checking. A few batches wait at most, so memory does not grow with the file.
 *
 * <p>The header must have been read before; the parser is used by the lexing thread alone afterwards (records
 * only read its header map, which no longer changes).
 */
final class LexedRecords implements AutoCloseable {

    /** A record and the line it starts on. */
    record Numbered(long line, CSVRecord record) {
    }

    /** The file could not be read as CSV from {@code line} on. */
    private record Unreadable(long line, RuntimeException error) {
    }

    /** The lexing thread failed otherwise (not the file's fault). */
    private record Failed(Throwable error) {
    }

    private static final Object END = new Object();
    private static final int WAITING_BATCHES = 4;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING_BATCHES);
    private final Thread lexer;
    private volatile boolean closed;
    private boolean ended;

    private LexedRecords(CSVParser parser, int batchSize) {
        lexer = Thread.ofPlatform().name("csv-lexer").daemon().unstarted(() -> lex(parser, batchSize));
        lexer.start();
    }

    static LexedRecords start(CSVParser parser, int batchSize) {
        return new LexedRecords(parser, batchSize);
    }

    /**
     * The next batch in file order, or null after the last.
     *
     * @throws InvalidInputException naming the line from which the file cannot be read as CSV (quoting)
     */
    @SuppressWarnings("unchecked")
    List<Numbered> next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the CSV", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failed failed) {
            ended = true;
            throw new IllegalStateException("reading the CSV failed", failed.error());
        }
        if (item instanceof Unreadable unreadable) {
            ended = true;
            throw new InvalidInputException("line " + unreadable.line(), "cannot be read as CSV: "
                    + rootMessage(unreadable.error()));
        }
        return (List<Numbered>) item;
    }

    private void lex(CSVParser parser, int batchSize) {
        Iterator<CSVRecord> records = parser.iterator();
        List<Numbered> batch = new ArrayList<>(batchSize);
        while (!closed) {
            long line = parser.getCurrentLineNumber() + 1;
            try {
                if (!records.hasNext()) {
                    break;
                }
                batch.add(new Numbered(line, records.next()));
            } catch (UncheckedIOException | IllegalStateException e) {
                hand(batch);
                hand(new Unreadable(line, e));
                return;
            } catch (RuntimeException | Error e) {
                // anything else ends the reading too, or the reader would wait for ever
                hand(new Failed(e));
                return;
            }
            if (batch.size() == batchSize) {
                hand(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
        if (!batch.isEmpty()) {
            hand(batch);
        }
        hand(END);
    }

    private void hand(Object item) {
        try {
            while (!closed && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                // the reader is busy: wait, unless it has stopped reading
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the lexing thread (a reader may stop early: a failure) and waits for it, before the file closes. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            lexer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
