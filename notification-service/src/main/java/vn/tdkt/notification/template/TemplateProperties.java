package vn.tdkt.notification.template;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consoleUrl the web console's base URL: every email links to its item under it
 *                   (e.g. {@code <console-url>/campaigns/<id>})
 */
@ConfigurationProperties("tdkt.notification")
record TemplateProperties(String consoleUrl) {

    TemplateProperties {
        consoleUrl = consoleUrl == null || consoleUrl.isBlank() ? "http://127.0.0.1:8080" : consoleUrl.strip();
    }
}
