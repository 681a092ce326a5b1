package vn.tdkt.console.support;

import org.springframework.web.client.RestClient;

/** nomination-service's API (tdkt.console.services.nomination), as the signed-in user. */
public class NominationApi extends ServiceClient {

    NominationApi(RestClient rest) {
        super("nomination", rest);
    }
}
