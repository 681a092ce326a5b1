package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.javamail.JavaMailSender;

/** What goes on the wire: multipart/alternative (text, then HTML) when there is HTML, plain text otherwise. */
class MailGatewayTest {

    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final MailGateway gateway = new MailGateway(sender, new NotificationProperties(null, 0, null, null, null,
            null, null, 0, null, null, null, 0));

    MailGatewayTest() {
        when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
    }

    private MimeMessage sent() {
        ArgumentCaptor<MimeMessage> message = ArgumentCaptor.forClass(MimeMessage.class);
        verify(sender).send(message.capture());
        return message.getValue();
    }

    @Test
    void aTemplatedEmailIsMultipartAlternativeWithTheTextFirst() throws Exception {
        gateway.send("a@snv.gov.vn", "Phát động phong trào", "Kính gửi: Sở Nội vụ,", "<p>Kính gửi: Sở Nội vụ,</p>");

        MimeMessage message = sent();
        message.saveChanges();
        assertThat(message.getSubject()).isEqualTo("Phát động phong trào");
        Multipart alternative = alternative((Multipart) message.getContent());
        assertThat(alternative.getBodyPart(0).getContentType()).contains("text/plain", "UTF-8");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Kính gửi: Sở Nội vụ,");
        assertThat(alternative.getBodyPart(1).getContentType()).contains("text/html", "UTF-8");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Kính gửi: Sở Nội vụ,</p>");
    }

    /** Spring nests it as mixed → related → alternative (room for attachments and inline images). */
    private static Multipart alternative(Multipart multipart) throws Exception {
        if (multipart.getContentType().startsWith("multipart/alternative")) {
            return multipart;
        }
        return alternative((Multipart) multipart.getBodyPart(0).getContent());
    }

    @Test
    void withoutHtmlItIsPlainText() throws Exception {
        gateway.send("a@snv.gov.vn", "Chủ đề", "Nội dung", null);

        MimeMessage message = sent();
        message.saveChanges();
        assertThat(message.getContentType()).contains("text/plain", "UTF-8");
        assertThat(message.getContent()).isEqualTo("Nội dung");
    }
}
