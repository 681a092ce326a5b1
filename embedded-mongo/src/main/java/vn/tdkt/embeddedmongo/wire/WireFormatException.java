package vn.tdkt.embeddedmongo.wire;

/** A message that cannot be parsed; the connection it came from is closed, nothing else. */
public final class WireFormatException extends Exception {

    public WireFormatException(String message) {
        super(message);
    }
}
