package vn.tdkt.console.nomination;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a service produced (CSV, Excel, PDF), passed on to the browser with the service's type and file
 * name; never cached, since it names people.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> relay(ResponseEntity<byte[]> file, String fallbackName) {
        HttpHeaders headers = new HttpHeaders();
        MediaType type = file.getHeaders().getContentType();
        headers.setContentType(type == null ? MediaType.APPLICATION_OCTET_STREAM : type);
        String disposition = file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition != null ? disposition
                : "attachment; filename=\"" + fallbackName + "\"");
        headers.setCacheControl("no-store");
        return new ResponseEntity<>(file.getBody(), headers, file.getStatusCode());
    }
}
