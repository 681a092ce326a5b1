package vn.tdkt.benchmarks.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * Whether a baseline writes what the service writes: two documents compared field by field (path → BSON value
 * type, arrays by their elements), and their encoded sizes.
 */
public final class Shapes {

    private Shapes() {
    }

    /**
     * The differences of two documents' shapes (empty: the same) and both sizes, as one sentence for a report.
     *
     * @param note what the documents are, appended to the sizes
     */
    public static String compare(Document service, Document baseline, String note) {
        Map<String, String> a = of(service);
        Map<String, String> b = of(baseline);
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        List<String> differences = new ArrayList<>();
        for (String path : all.keySet()) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                differences.add(path + ": service " + a.get(path) + ", baseline " + b.get(path));
            }
        }
        String sizes = "service document " + size(service) + " bytes, baseline document " + size(baseline) + " bytes"
                + (note == null || note.isEmpty() ? "" : " (" + note + ")");
        return (differences.isEmpty() ? "same fields and types (" + a.size() + " paths); " : "DIFFERENT: "
                + String.join("; ", differences) + "; ") + sizes;
    }

    /** Path → type name, {@code /} for the root, {@code []} for an array's elements. */
    public static Map<String, String> of(Document document) {
        Map<String, String> out = new TreeMap<>();
        shape("", document, out);
        return out;
    }

    private static void shape(String path, Object value, Map<String, String> out) {
        if (value instanceof Document d) {
            out.put(path.isEmpty() ? "/" : path, "document");
            d.forEach((k, v) -> shape(path + "/" + k, v, out));
        } else if (value instanceof List<?> list) {
            out.put(path, "array");
            for (Object element : list) {
                shape(path + "[]", element, out);
            }
        } else {
            out.put(path, value == null ? "null" : value.getClass().getSimpleName());
        }
    }

    public static int size(Document d) {
        return new RawBsonDocument(d, new DocumentCodec()).getByteBuffer().remaining();
    }
}
