package vn.tdkt.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Turns a MIME message into plain strings, decoding headers and transfer encodings. */
final class MailDecoder {

    private MailDecoder() {
    }

    static ReceivedMail decode(MimeMessage message, List<String> to, Instant receivedAt) {
        try {
            return new ReceivedMail(from(message), to, subject(message), body(message), receivedAt);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not decode a received mail", e);
        }
    }

    private static String from(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0) {
            return "";
        }
        // toString() would re-encode a Vietnamese display name as =?UTF-8?...?=
        return from[0] instanceof InternetAddress a ? a.toUnicodeString() : from[0].toString();
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject(); // decodes RFC 2047 encoded words
        return subject == null ? "" : subject;
    }

    private static String body(Part part) throws MessagingException, IOException {
        String plain = firstText(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = firstText(part, "text/html");
        return html == null ? "" : html;
    }

    private static String firstText(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return text(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstText(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent(); // honours charset and Content-Transfer-Encoding
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
