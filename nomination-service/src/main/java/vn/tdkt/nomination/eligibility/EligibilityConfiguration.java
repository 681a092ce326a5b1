package vn.tdkt.nomination.eligibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tdkt.nomination.rulepack.RulePacks;

/** Compiles every pack's criteria while the context starts: an unknown rule or parameter stops the service. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    Explainer explainer(RulePacks packs) {
        return Explainer.compile(packs.all());
    }
}
