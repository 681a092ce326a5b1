package vn.tdkt.auth.client;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Client secrets are configured plain (TDKT_CONSOLE_CLIENT_SECRET, which the console needs as is) but
 * kept only as bcrypt hashes: before Boot builds the registered clients from the properties, every secret
 * without an encoding prefix ({@code {bcrypt}}, {@code {noop}}, …) is replaced by its hash.
 */
final class ClientSecretHashing implements BeanPostProcessor {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof OAuth2AuthorizationServerProperties properties) {
            properties.getClient().values().forEach(client -> {
                var registration = client.getRegistration();
                String secret = registration.getClientSecret();
                if (secret != null && !secret.isEmpty() && !secret.startsWith("{")) {
                    registration.setClientSecret(encoder.encode(secret));
                }
            });
        }
        return bean;
    }
}
