package vn.tdkt.localstack;

import java.time.Instant;
import java.util.List;

/**
 * One message the SMTP server received, decoded: encoded-word subject, quoted-printable or base64
 * body in its declared charset. {@code to} lists the envelope recipients it was delivered to
 * (so Bcc recipients appear too); one SMTP message to three recipients is one {@code ReceivedMail}.
 * {@code body} is the text/plain part, or the text/html part when there is no plain one.
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, Instant receivedAt) {

    public ReceivedMail {
        to = List.copyOf(to);
    }
}
