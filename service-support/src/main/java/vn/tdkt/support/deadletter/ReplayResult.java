package vn.tdkt.support.deadletter;

/** Where a replayed dead letter was published again. */
record ReplayResult(String topic, int partition, long offset, String replayedTo, int replayedPartition,
                    long replayedOffset) {
}
