package vn.tdkt.console.support;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * nomination-service's one public read, {@code GET /public/v1/honour-board/{unitCode}}, asked without a token: the
 * board's visitors are not signed in, and the service answers it to anyone. A client of its own, because the
 * other service clients relay a signed-in user's token and would send a visitor to sign in.
 */
public class PublicBoardApi extends ServiceClient {

    PublicBoardApi(RestClient rest) {
        super("nomination", rest);
    }

    /** The published entries, newest first: {@code {unitCode, unitName, items, page, size, totalItems}}. */
    public JsonNode board(String unitCode, int page, int size) {
        return get(u -> u.path("/public/v1/honour-board/{unit}").queryParam("page", page).queryParam("size", size)
                .build(unitCode));
    }
}
