package vn.tdkt.embeddedmongo.index;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonUndefined;
import org.bson.BsonValue;
import vn.tdkt.embeddedmongo.error.MongoError;

/**
 * The index keys one document produces: one tuple per combination of values, an array field
 * contributing one key per element (a multikey index). Missing fields are {@code null} and encode
 * like BSON null; an empty array indexes as {@code undefined}, as MongoDB does.
 */
public final class IndexKeys {

    private final List<BsonValue[]> tuples;
    private final boolean multikey;

    private IndexKeys(List<BsonValue[]> tuples, boolean multikey) {
        this.tuples = tuples;
        this.multikey = multikey;
    }

    public static IndexKeys of(IndexSpec index, BsonDocument document) {
        List<IndexSpec.Field> fields = index.fields();
        List<List<BsonValue>> perField = new ArrayList<>(fields.size());
        boolean multikey = false;
        int arrayFields = 0;
        for (IndexSpec.Field field : fields) {
            List<BsonValue> values = new ArrayList<>(1);
            boolean[] array = new boolean[1];
            collect(document, field.path().split("\\."), 0, values, array);
            if (values.isEmpty()) {
                values.add(null);
            }
            if (array[0]) {
                multikey = true;
                arrayFields++;
            }
            perField.add(values);
        }
        if (arrayFields > 1) {
            throw new MongoError(171, "CannotIndexParallelArrays",
                    "cannot index parallel arrays in index " + index.name());
        }
        List<BsonValue[]> tuples = new ArrayList<>();
        product(perField, 0, new BsonValue[fields.size()], tuples);
        return new IndexKeys(tuples, multikey);
    }

    private static void collect(BsonValue value, String[] path, int depth, List<BsonValue> out, boolean[] array) {
        if (depth == path.length) {
            if (value instanceof BsonArray arr) {
                array[0] = true;
                if (arr.isEmpty()) {
                    out.add(new BsonUndefined());
                } else {
                    out.addAll(arr.getValues());
                }
            } else {
                out.add(value);
            }
            return;
        }
        if (value instanceof BsonDocument doc) {
            BsonValue child = doc.get(path[depth]);
            if (child != null) {
                collect(child, path, depth + 1, out, array);
            }
        } else if (value instanceof BsonArray arr) {
            array[0] = true;
            String part = path[depth];
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                int i = Integer.parseInt(part);
                if (i < arr.size()) {
                    collect(arr.get(i), path, depth + 1, out, array);
                }
            }
            for (BsonValue element : arr) {
                if (element instanceof BsonDocument) {
                    collect(element, path, depth, out, array);
                }
            }
        }
    }

    private static void product(List<List<BsonValue>> perField, int i, BsonValue[] current, List<BsonValue[]> out) {
        if (i == perField.size()) {
            out.add(current.clone());
            return;
        }
        for (BsonValue v : perField.get(i)) {
            current[i] = v;
            product(perField, i + 1, current, out);
        }
    }

    public List<BsonValue[]> tuples() {
        return tuples;
    }

    public boolean multikey() {
        return multikey;
    }

    /** The distinct encoded key prefixes (without the _id suffix), in byte order. */
    public List<byte[]> encoded(IndexSpec index) {
        TreeSet<byte[]> set = new TreeSet<>(Arrays::compareUnsigned);
        List<IndexSpec.Field> fields = index.fields();
        for (BsonValue[] tuple : tuples) {
            set.add(encodeTuple(tuple, fields));
        }
        return new ArrayList<>(set);
    }

    public static byte[] encodeTuple(BsonValue[] tuple, List<IndexSpec.Field> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        for (int i = 0; i < tuple.length; i++) {
            out.writeBytes(KeyEncoder.encode(tuple[i], fields.get(i).direction()));
        }
        return out.toByteArray();
    }
}
