package vn.tdkt.console.congress;

import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.tdkt.console.support.ServiceProblem;

/** A CSV or Excel file a service produced, passed on to the browser with its type and file name. */
public final class Downloads {

    private static final Set<String> FORMATS = Set.of("csv", "xlsx");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> relay(ResponseEntity<byte[]> file) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION}) {
            String value = file.getHeaders().getFirst(name);
            if (value != null) {
                headers.set(name, value);
            }
        }
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }

    /** Only the two formats the services write; anything else is refused here, naming the field as they would. */
    public static String format(String format) {
        if (format == null || !FORMATS.contains(format)) {
            throw new ServiceProblem(null, 400, null, null,
                    java.util.List.of(new ServiceProblem.FieldProblem("format", "csv | xlsx")), null);
        }
        return format;
    }
}
