package vn.tdkt.nomination.rulepack;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule packs, read and checked while the context starts: a broken pack stops the service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulePackProperties.class)
public class RulePackConfiguration {

    @Bean
    RulePacks rulePacks(RulePackProperties properties) {
        return RulePacks.load(properties);
    }
}
