package vn.tdkt.embeddedmongo.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.BsonType;

/** MongoDB's $type aliases and numeric codes (minKey is -1 on the wire, 255 in the BSON spec). */
final class TypeNames {

    static final Map<String, Integer> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("double", 1);
        ALIASES.put("string", 2);
        ALIASES.put("object", 3);
        ALIASES.put("array", 4);
        ALIASES.put("binData", 5);
        ALIASES.put("undefined", 6);
        ALIASES.put("objectId", 7);
        ALIASES.put("bool", 8);
        ALIASES.put("date", 9);
        ALIASES.put("null", 10);
        ALIASES.put("regex", 11);
        ALIASES.put("dbPointer", 12);
        ALIASES.put("javascript", 13);
        ALIASES.put("symbol", 14);
        ALIASES.put("javascriptWithScope", 15);
        ALIASES.put("int", 16);
        ALIASES.put("timestamp", 17);
        ALIASES.put("long", 18);
        ALIASES.put("decimal", 19);
        ALIASES.put("minKey", -1);
        ALIASES.put("maxKey", 127);
    }

    private TypeNames() {
    }

    /** The wire code of a value's type as $type reports it. */
    static int code(BsonType type) {
        return type == BsonType.MIN_KEY ? -1 : type.getValue();
    }

    static boolean isValidCode(int code) {
        return ALIASES.containsValue(code);
    }
}
