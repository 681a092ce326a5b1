package vn.tdkt.delegate.delegation;

import java.util.Locale;
import org.springframework.http.MediaType;
import vn.tdkt.support.problem.InvalidInputException;

/** The two export formats, chosen by {@code ?format=} or else by the {@code Accept} header. */
enum SheetFormat {
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    SheetFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /**
     * {@code format} ({@code csv} or {@code xlsx}) wins; else an {@code Accept} naming Excel's type gives
     * XLSX and one naming {@code text/csv} gives CSV; else {@code fallback} (null: no export was asked for).
     *
     * @throws InvalidInputException naming {@code format} when it is neither
     */
    static SheetFormat choose(String format, String accept, SheetFormat fallback) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx", "excel" -> XLSX;
                default -> throw new InvalidInputException("format", "must be csv or xlsx");
            };
        }
        if (accept != null) {
            if (accept.contains("spreadsheetml")) {
                return XLSX;
            }
            if (accept.contains("text/csv")) {
                return CSV;
            }
        }
        return fallback;
    }
}
