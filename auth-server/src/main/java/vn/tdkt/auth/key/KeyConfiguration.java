package vn.tdkt.auth.key;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Boot's default JWK source, which generates a new key at every start. */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    JWKSource<SecurityContext> jwkSource(KeyProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.keyDirectory())));
    }
}
