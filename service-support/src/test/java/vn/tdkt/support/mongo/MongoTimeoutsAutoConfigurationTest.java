package vn.tdkt.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every service's MongoDB client gives up on a silent connection instead of waiting for ever. */
class MongoTimeoutsAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoTimeoutsAutoConfiguration.class, MongoAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/tdkt_test?socketTimeoutMS=0");

    @Test
    void boundsReadsAndConnectsEvenWhenTheConnectionStringSaysNever() {
        context.run(c -> {
            MongoClientSettings settings = settingsAsBootBuildsThem(c);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(30);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(5);
        });
    }

    @Test
    void theBoundsAreSettings() {
        context.withPropertyValues("tdkt.mongodb.read-timeout=2m", "tdkt.mongodb.connect-timeout=1s").run(c -> {
            MongoClientSettings settings = settingsAsBootBuildsThem(c);
            assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(120);
            assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(1);
        });
    }

    /** The customizers in their order, as Boot applies them to the client it creates. */
    private static MongoClientSettings settingsAsBootBuildsThem(org.springframework.context.ApplicationContext c) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        c.getBeanProvider(MongoClientSettingsBuilderCustomizer.class).orderedStream().forEach(x -> x.customize(builder));
        return builder.build();
    }
}
