package vn.tdkt.auth.client;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    /** Static: a post-processor must exist before the beans it processes. */
    @Bean
    static BeanPostProcessor clientSecretHashing() {
        return new ClientSecretHashing();
    }
}
