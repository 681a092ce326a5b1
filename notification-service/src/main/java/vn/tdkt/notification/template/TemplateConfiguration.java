package vn.tdkt.notification.template;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link MailTemplates} every notifier renders with (templates are parsed once and cached). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TemplateProperties.class)
class TemplateConfiguration {

    @Bean
    MailTemplates mailTemplates(TemplateProperties properties) {
        return new MailTemplates(properties.consoleUrl());
    }
}
