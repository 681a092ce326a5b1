package vn.tdkt.embeddedmongo.aggregation;

import vn.tdkt.embeddedmongo.error.MongoError;

/** Aggregation errors carry the server's numeric assertion codes, named "Location&lt;code&gt;" as it does. */
final class Errors {

    private Errors() {
    }

    static MongoError location(int code, String message) {
        return new MongoError(code, "Location" + code, message);
    }

    static MongoError invalidOperator(String message) {
        return new MongoError(168, "InvalidPipelineOperator", message);
    }
}
