package vn.tdkt.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email, UTF-8 in headers (RFC 2047 encoded subject) and body: multipart/alternative with the plain text
 * first and the HTML part last (mail clients show the last part they can), or plain text alone when there is no HTML.
 */
@Component
class MailGateway {

    private final JavaMailSender mailSender;
    private final String from;

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
        mailSender.send(message);
    }
}
