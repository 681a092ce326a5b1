package vn.tdkt.events;

/** CloudEvents 1.0 Kafka binary-mode header names, plus W3C trace context. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SPECVERSION_VALUE = "1.0";
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }
}
