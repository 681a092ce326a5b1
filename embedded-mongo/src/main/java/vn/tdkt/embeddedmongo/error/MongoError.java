package vn.tdkt.embeddedmongo.error;

/**
 * A command failure reported to the client as {@code {ok: 0, code, codeName, errmsg}}, with the
 * code and name MongoDB itself uses, so that drivers and Spring map it the same way.
 */
public class MongoError extends RuntimeException {

    private final int code;
    private final String codeName;

    public MongoError(int code, String codeName, String message) {
        super(message);
        this.code = code;
        this.codeName = codeName;
    }

    public int code() {
        return code;
    }

    public String codeName() {
        return codeName;
    }

    public static MongoError badValue(String message) {
        return new MongoError(2, "BadValue", message);
    }

    public static MongoError failedToParse(String message) {
        return new MongoError(9, "FailedToParse", message);
    }

    public static MongoError typeMismatch(String message) {
        return new MongoError(14, "TypeMismatch", message);
    }
}
