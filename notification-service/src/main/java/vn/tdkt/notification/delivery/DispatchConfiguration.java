package vn.tdkt.notification.delivery;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The dispatcher's poll, at the typed {@code tdkt.notification.poll-interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DispatchConfiguration implements SchedulingConfigurer {

    private final DeliveryDispatcher dispatcher;
    private final NotificationProperties properties;

    DispatchConfiguration(DeliveryDispatcher dispatcher, NotificationProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(dispatcher::dispatchDueSafely, properties.pollInterval());
    }

    @Bean
    static Clock clock() {
        return Clock.systemUTC();
    }
}
