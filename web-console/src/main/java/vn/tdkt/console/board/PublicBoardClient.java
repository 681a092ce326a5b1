package vn.tdkt.console.board;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import vn.tdkt.console.support.ServiceClient;
import vn.tdkt.console.support.ServicesProperties;

/**
 * nomination-service's one public read, {@code GET /public/v1/honour-board/{unitCode}}, asked without a token: the
 * board's visitors are not signed in, and the service answers it to anyone. A client of its own, because the
 * console's service clients relay a signed-in user's token and would send a visitor to sign in.
 */
class PublicBoardClient extends ServiceClient {

    PublicBoardClient(RestClient rest) {
        super("nomination", rest);
    }

    /** The published entries, newest first: {@code {unitCode, unitName, items, page, size, totalItems}}. */
    JsonNode board(String unitCode, int page, int size) {
        return get(u -> u.path("/public/v1/honour-board/{unit}").queryParam("page", page).queryParam("size", size)
                .build(unitCode));
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicBoardClientConfiguration {

        @Bean
        PublicBoardClient publicBoardClient(RestClient.Builder builder, ServicesProperties services) {
            return new PublicBoardClient(builder.clone().baseUrl(services.nomination().toString())
                    .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(HttpClientSettings.defaults()
                            .withConnectTimeout(services.connectTimeout())
                            .withReadTimeout(services.readTimeout())))
                    .build());
        }
    }
}
