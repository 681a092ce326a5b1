package vn.tdkt.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GreenMail's SMTP server on 127.0.0.1, accepting every sender and recipient without authentication. */
final class MailNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailNode.class);

    private final GreenMail greenMail;
    private final int port;
    private boolean running = true;
    /** What arrived before an outage: GreenMail's stop() replaces its mailboxes with empty ones. */
    private final List<ReceivedMail> beforeStop = new ArrayList<>();

    private MailNode(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** A port of 0 is resolved to a free one here, so that {@link #restart()} listens where the services look. */
    static MailNode start(int port) {
        ServerSetup setup = new ServerSetup(Ports.orFree(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        log.info("SMTP (GreenMail) on 127.0.0.1:{}", setup.getPort());
        return new MailNode(greenMail, setup.getPort());
    }

    int port() {
        return port;
    }

    /**
     * Every received message once, oldest first. GreenMail stores a copy per recipient mailbox;
     * copies of one SMTP message share Message-ID and Date, and are merged back into one entry.
     */
    synchronized List<ReceivedMail> receivedMails() {
        List<ReceivedMail> mails = new ArrayList<>(beforeStop);
        if (running) {
            mails.addAll(stored());
        }
        mails.sort(Comparator.comparing(ReceivedMail::receivedAt));
        return mails;
    }

    private List<ReceivedMail> stored() {
        ImapHostManager imap = greenMail.getManagers().getImapHostManager();
        Map<String, Pending> byMessage = new LinkedHashMap<>();
        for (GreenMailUser user : users()) {
            for (StoredMessage stored : inbox(imap, user)) {
                MimeMessage message = stored.getMimeMessage();
                Pending pending = byMessage.computeIfAbsent(identity(message, stored),
                        k -> new Pending(message, stored.getReceivedDate().toInstant()));
                pending.to.add(user.getEmail());
            }
        }
        List<ReceivedMail> mails = new ArrayList<>();
        for (Pending p : byMessage.values()) {
            mails.add(MailDecoder.decode(p.message, p.to, p.receivedAt));
        }
        mails.sort(Comparator.comparing(ReceivedMail::receivedAt));
        return mails;
    }

    synchronized void clear() {
        beforeStop.clear();
        if (!running) {
            return;
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not clear the mailboxes", e);
        }
    }

    /** Closes the SMTP port (an outage: connections are refused); the received mails stay listed. */
    synchronized void stop() {
        if (running) {
            beforeStop.addAll(stored());
            greenMail.stop();
            running = false;
            log.info("SMTP on 127.0.0.1:{} stopped", port());
        }
    }

    /** Opens the same port again after {@link #stop()}; the mails received before stay listed. */
    synchronized void restart() {
        if (!running) {
            greenMail.start();
            running = true;
            log.info("SMTP (GreenMail) on 127.0.0.1:{} again", port());
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * GreenMail's user list is a live view that SMTP deliveries add to (a first mail to an address creates its user):
     * copy it, again if a delivery changed it meanwhile.
     */
    private List<GreenMailUser> users() {
        for (int attempt = 1; ; attempt++) {
            try {
                return new ArrayList<>(greenMail.getUserManager().listUser());
            } catch (java.util.ConcurrentModificationException changed) {
                if (attempt == 100) {
                    throw changed;
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * A copy of the user's inbox: GreenMail hands out a view of its live list, which a delivery to that address
     * can change while we read it (ConcurrentModificationException, seen in CampaignOrderingIntegrationTest), so
     * it is copied first, and again if a delivery changed it meanwhile, as {@link #users()} does.
     */
    private static List<StoredMessage> inbox(ImapHostManager imap, GreenMailUser user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new ArrayList<>(imap.getInbox(user).getMessages());
            } catch (FolderException e) {
                throw new IllegalStateException("could not read the mailbox of " + user.getEmail(), e);
            } catch (java.util.ConcurrentModificationException changed) {
                if (attempt == 100) {
                    throw changed;
                }
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Message-ID and Date identify one SMTP message across its mailbox copies. A client that sets
     * neither (JavaMail always sets both) is identified by a digest of its sender, subject and raw body.
     */
    private static String identity(MimeMessage message, StoredMessage stored) {
        try {
            String id = message.getMessageID();
            String date = message.getHeader("Date", null);
            if (id != null) {
                return id + "|" + date;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(message.getHeader("From", null)).getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(message.getHeader("Subject", null)).getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
            try (InputStream body = message.getRawInputStream()) {
                digest.update(body.readAllBytes());
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (MessagingException | IOException | NoSuchAlgorithmException e) {
            return "uid:" + System.identityHashCode(stored);
        }
    }

    private static final class Pending {
        final MimeMessage message;
        final Instant receivedAt;
        final List<String> to = new ArrayList<>();

        Pending(MimeMessage message, Instant receivedAt) {
            this.message = message;
            this.receivedAt = receivedAt;
        }
    }
}
