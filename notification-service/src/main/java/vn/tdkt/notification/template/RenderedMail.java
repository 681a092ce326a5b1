package vn.tdkt.notification.template;

/**
 * One composed email: the subject line, the plain-text part and the HTML part (sent together as multipart).
 *
 * @param kind the template it was rendered from (what subscriptions choose by)
 * @param link the console address of the item it is about
 */
public record RenderedMail(String kind, String subject, String text, String html, String link) {
}
