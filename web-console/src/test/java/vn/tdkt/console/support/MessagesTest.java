package vn.tdkt.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles: the same keys in both languages, and no argument swallowed by MessageFormat's quoting. */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)[^}]*}");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyArgumentOfAMessageIsShown(String bundle) throws IOException {
        Properties messages = load(bundle);
        List<String> broken = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            Matcher arguments = ARGUMENT.matcher(pattern);
            int highest = -1;
            while (arguments.find()) {
                highest = Math.max(highest, Integer.parseInt(arguments.group(1)));
            }
            if (highest < 0) {
                continue; // without arguments Spring does not apply MessageFormat: a lone ' is shown as is
            }
            Object[] values = new Object[highest + 1];
            for (int i = 0; i <= highest; i++) {
                values[i] = "«" + i + "»";
            }
            String shown = new MessageFormat(pattern, Locale.ROOT).format(values);
            for (int i = 0; i <= highest; i++) {
                if (pattern.contains("{" + i) && !shown.contains("«" + i + "»")) {
                    broken.add(key + " loses {" + i + "}: " + shown);
                }
            }
            if (pattern.replace("''", "").contains("'") && !shown.contains("'")) {
                broken.add(key + " loses its apostrophe (write '' in a message with arguments): " + shown);
            }
        }
        assertThat(broken).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }
}
