package vn.tdkt.embeddedmongo.storage;

/** What one query touched, for {@code explain} and for the serverStatus counters. */
public final class ScanStats {

    long keysExamined;
    long docsExamined;

    public long keysExamined() {
        return keysExamined;
    }

    public long docsExamined() {
        return docsExamined;
    }
}
