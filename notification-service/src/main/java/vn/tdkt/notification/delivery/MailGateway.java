package vn.tdkt.notification.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email, UTF-8 in headers (RFC 2047 encoded subject) and body: multipart/alternative with the plain text
 * first and the HTML part last (mail clients show the last part they can), or plain text alone when there is no HTML.
 *
 * <p>Each sending thread keeps its SMTP connection open between the emails of a dispatch round ({@link #send} reuses
 * it, {@link #closeConnection} ends it when the round finds nothing more to do): a fan-out costs one connect, EHLO and
 * QUIT per round instead of per email. Any failure closes the connection, so the next email starts on a fresh one.
 * A reused connection the server has dropped meanwhile fails before the mail is handed over; that email is sent once
 * more at once on a new connection, so a stale connection neither costs an attempt nor trips the circuit.
 */
@Component
class MailGateway {

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader on every MimeMessage, multipart and
        // encoded header (jakartaee/mail-api#861); in a Spring Boot jar each lookup scans the nested jars and took
        // over half of the senders' CPU in the fan-out benchmark. Naming the implementation makes it a loaded-class
        // lookup. An explicit -D setting wins.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender mailSender;
    private final String from;
    private final ThreadLocal<Transport> connection = new ThreadLocal<>();
    private final Set<Transport> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connects = new AtomicLong();

    MailGateway(JavaMailSender mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.from();
    }

    void send(String to, String subject, String body, String html) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, html != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        if (html == null) {
            helper.setText(body, false);
        } else {
            helper.setText(body, html);
        }
        if (!(mailSender instanceof JavaMailSenderImpl smtp)) {
            mailSender.send(message);
            return;
        }
        // What JavaMailSenderImpl does before handing a message to its transport.
        message.setSentDate(new Date());
        message.saveChanges();
        Transport reused = connection.get();
        if (reused != null) {
            try {
                reused.sendMessage(message, message.getAllRecipients());
                return;
            } catch (MessagingException e) {
                closeConnection();
                if (!SmtpCircuitBreaker.isUnreachable(e)) {
                    throw e;
                }
                // dropped by the server since the last email: once more on a new connection, below
            }
        }
        Transport fresh = connect(smtp);
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            closeConnection();
            throw e;
        }
    }

    private Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        connects.incrementAndGet();
        connection.set(transport);
        open.add(transport);
        return transport;
    }

    /** Ends this thread's SMTP connection, if any (QUIT): the round is over, or the connection failed. */
    void closeConnection() {
        Transport transport = connection.get();
        connection.remove();
        if (transport != null) {
            open.remove(transport);
            try {
                transport.close();
            } catch (MessagingException | RuntimeException alreadyGone) {
                // nothing to end
            }
        }
    }

    /** SMTP connections opened so far (for tests: one per round, not one per email). */
    long connectionsOpened() {
        return connects.get();
    }

    @PreDestroy
    void closeAll() {
        for (Transport transport : open) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException alreadyGone) {
                // shutting down
            }
        }
        open.clear();
    }
}
