package vn.tdkt.localstack;

import java.util.List;

/** Human-readable listing of received mails, for {@code ./tdkt mails}. */
final class MailText {

    private MailText() {
    }

    static String render(List<ReceivedMail> mails) {
        if (mails.isEmpty()) {
            return "No mails received yet.\n";
        }
        StringBuilder out = new StringBuilder();
        int n = 1;
        for (ReceivedMail m : mails) {
            out.append("#").append(n++).append("  ").append(m.receivedAt()).append('\n')
                    .append("From:    ").append(m.from()).append('\n')
                    .append("To:      ").append(String.join(", ", m.to())).append('\n')
                    .append("Subject: ").append(m.subject()).append('\n')
                    .append('\n').append(m.body().strip()).append("\n\n");
        }
        out.append(mails.size()).append(mails.size() == 1 ? " mail\n" : " mails\n");
        return out.toString();
    }
}
