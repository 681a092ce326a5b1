package vn.tdkt.console.support;

import org.springframework.web.client.RestClient;

/** delegate-service's API (tdkt.console.services.delegate), as the signed-in user. */
public class DelegateApi extends ServiceClient {

    DelegateApi(RestClient rest) {
        super("delegate", rest);
    }
}
