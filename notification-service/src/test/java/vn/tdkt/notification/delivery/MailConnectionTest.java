package vn.tdkt.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The gateway against a real SMTP server (GreenMail): one connection per round, and a dropped one replaced. */
class MailConnectionTest {

    private GreenMail smtp = start(0);
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final MailGateway gateway;

    MailConnectionTest() {
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        gateway = new MailGateway(sender, new NotificationProperties(null, 0, null, null, null, null, null, 0, null,
                null, null, 0));
    }

    private static GreenMail start(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @AfterEach
    void stop() {
        gateway.closeAll();
        smtp.stop();
    }

    @Test
    void theEmailsOfARoundShareOneConnection() throws Exception {
        for (int i = 0; i < 3; i++) {
            gateway.send("xa" + i + "@bench.tdkt.local", "Phát động phong trào " + i, "Kính gửi: Ủy ban nhân dân xã,",
                    "<p>Kính gửi: Ủy ban nhân dân xã,</p>");
        }
        gateway.closeConnection();
        gateway.send("sau@snv.gov.vn", "Chủ đề", "Nội dung", null);

        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(smtp.getReceivedMessages()[2].getSubject()).isEqualTo("Phát động phong trào 2");
        assertThat(smtp.getReceivedMessages()[2].getSentDate()).isNotNull();
        assertThat(gateway.connectionsOpened()).as("one for the round, one after it was closed").isEqualTo(2);
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedWithoutLosingTheEmail() throws Exception {
        gateway.send("a@snv.gov.vn", "Thư một", "Nội dung", null);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        smtp = start(port);

        gateway.send("b@snv.gov.vn", "Thư hai", "Nội dung", null);

        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getSubject()).containsExactly("Thư hai");
        assertThat(gateway.connectionsOpened()).isEqualTo(2);
    }
}
