package vn.tdkt.console.support;

import java.net.URI;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * One RestClient per service, each relaying the signed-in user's access token: the interceptor takes
 * the user's authorized client from the HTTP session (never the browser), refreshes the token with the
 * refresh token when it has expired, and forgets it when a service answers 401 (the next page signs in again).
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientsConfiguration {

    /** The registration id under spring.security.oauth2.client.registration (application.yml). */
    static final String REGISTRATION = "tdkt";

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    CampaignApi campaignApi(RestClient.Builder builder, ServicesProperties services, OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients) {
        return new CampaignApi(rest(builder, services.campaign(), services, manager, authorizedClients));
    }

    @Bean
    NominationApi nominationApi(RestClient.Builder builder, ServicesProperties services, OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients) {
        return new NominationApi(rest(builder, services.nomination(), services, manager, authorizedClients));
    }

    @Bean
    DelegateApi delegateApi(RestClient.Builder builder, ServicesProperties services, OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients) {
        return new DelegateApi(rest(builder, services.delegate(), services, manager, authorizedClients));
    }

    @Bean
    NotificationApi notificationApi(RestClient.Builder builder, ServicesProperties services, OAuth2AuthorizedClientManager manager,
            OAuth2AuthorizedClientRepository authorizedClients) {
        return new NotificationApi(rest(builder, services.notification(), services, manager, authorizedClients));
    }

    /** The public honour board's reads: no token, the visitor has none. */
    @Bean
    PublicBoardApi publicBoardApi(RestClient.Builder builder, ServicesProperties services) {
        return new PublicBoardApi(withTimeouts(builder, services.nomination(), services).build());
    }

    private static RestClient rest(RestClient.Builder builder, URI baseUrl, ServicesProperties services,
            OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientRepository authorizedClients) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(manager);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return withTimeouts(builder, baseUrl, services).requestInterceptor(tokens).build();
    }

    private static RestClient.Builder withTimeouts(RestClient.Builder builder, URI baseUrl, ServicesProperties services) {
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(HttpClientSettings.defaults()
                        .withConnectTimeout(services.connectTimeout())
                        .withReadTimeout(services.readTimeout())));
    }
}
