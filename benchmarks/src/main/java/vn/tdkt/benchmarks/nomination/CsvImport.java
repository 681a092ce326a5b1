package vn.tdkt.benchmarks.nomination;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.tdkt.benchmarks.stack.ServiceHeap;
import vn.tdkt.benchmarks.stack.ServiceStack;

/**
 * The bulk CSV import of dossiers ({@code POST /api/v1/nominations/imports}, an asynchronous job) against the
 * driver's {@code insertMany} of documents of the shape the service stores, on the same server.
 */
final class CsvImport {

    /** The import's columns used here (nomination-service's NominationCsv; the units are the import's own). */
    static final List<String> COLUMNS = List.of("kind", "nomineeId", "name", "position", "unitCode", "gender",
            "ethnicity", "birthYear", "award", "basis", "year", "achievements", "taskRatings", "discipline");
    /** The import's query: the whole file is filed by Chi Lăng for its own council. */
    static final String PATH = "/api/v1/nominations/imports?nominatingUnit=" + Dossiers.NOMINATING
            + "&addressedTo=" + Dossiers.NOMINATING + "&dryRun=false";
    /** As campaign-service's import writes: batches of 1,000, so both sides send as many round trips. */
    static final int BATCH = 1_000;

    record Job(double rowsPerSecond, double seconds, long csvBytes, String answer, ServiceHeap.Figures heap) {
    }

    record Baseline(double rowsPerSecond, double rowsPerSecondWithBuilding, double seconds) {
    }

    /** The endpoint is not on this build (404 or 405): the import part is skipped and the report says so. */
    static final class NotAvailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAvailableException(String message) {
            super(message);
        }
    }

    private CsvImport() {
    }

    /** Rows {@code [0, count)} of {@code dossiers} as one CSV file with a header row (RFC 4180, UTF-8). */
    static Path writeCsv(Path file, Dossiers dossiers, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            for (int i = 0; i < count; i++) {
                List<String> cells = row(dossiers, i);
                for (int c = 0; c < cells.size(); c++) {
                    if (c > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells.get(c)));
                }
                out.write('\n');
            }
        }
        return file;
    }

    /** The cells of row {@code i}: the dossier {@link Dossiers#request} sends over REST, column by column. */
    @SuppressWarnings("unchecked")
    static List<String> row(Dossiers dossiers, int i) {
        var body = dossiers.request(i);
        var nominee = (java.util.Map<String, Object>) body.get("nominee");
        return List.of((String) nominee.get("kind"), dossiers.nomineeId(i), dossiers.name(i),
                (String) nominee.get("position"), Dossiers.NOMINEE_UNIT, (String) nominee.get("gender"),
                (String) nominee.get("ethnicity"), String.valueOf(nominee.get("birthYear")), Dossiers.AWARD,
                "REGULAR", String.valueOf(Dossiers.YEAR), Dossiers.achievements(i),
                (Dossiers.YEAR - 1) + ":HTXSNV;" + Dossiers.YEAR + ":HTXSNV", "NONE");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * Sends the file, then polls the job it answers (every 200 ms) until SUCCEEDED, timed from sending to the
     * poll that saw it; the service's heap is sampled meanwhile. REJECTED or FAILED fails with the job's body.
     */
    static Job throughService(ServiceStack stack, Path csv, int rows) throws Exception {
        ServiceHeap heap = new ServiceHeap(stack::prometheus, stack.gcLog);
        heap.start();
        long start = System.nanoTime();
        ServiceStack.Answer accepted = stack.postCsv(Dossiers.OFFICER, PATH, csv);
        if (accepted.status() == 404 || accepted.status() == 405) {
            heap.stop();
            throw new NotAvailableException("POST " + PATH + " answered " + accepted.status());
        }
        if (accepted.status() != 202 || accepted.header("Location") == null) {
            heap.stop();
            throw new IllegalStateException("the import answered " + accepted.status() + ": " + clip(accepted.body()));
        }
        String location = accepted.header("Location");
        String path = location.startsWith("http") ? java.net.URI.create(location).getRawPath() : location;
        JsonNode job;
        while (true) {
            ServiceStack.Answer polled = stack.get(Dossiers.OFFICER, path);
            if (polled.status() != 200) {
                heap.stop();
                throw new IllegalStateException("GET " + path + " answered " + polled.status() + ": "
                        + clip(polled.body()));
            }
            job = polled.json();
            String status = job.path("status").asString();
            if ("SUCCEEDED".equals(status)) {
                break;
            }
            if ("REJECTED".equals(status) || "FAILED".equals(status)) {
                heap.stop();
                throw new IllegalStateException("the import job ended " + status + ": " + clip(polled.body()));
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ServiceHeap.Figures figures = heap.stop();
        if (job.path("rowsWritten").asLong() != rows || job.path("errorCount").asLong() != 0) {
            throw new IllegalStateException("the import wrote " + job.path("rowsWritten").asLong() + " of " + rows
                    + " rows: " + clip(job.toString()));
        }
        return new Job(rows / seconds, seconds, Files.size(csv), clip(job.toString()), figures);
    }

    /**
     * {@code insertMany}, unordered, batches of {@link #BATCH}, of one document per row made from {@code template};
     * the rate counts the time inside {@code insertMany} only (a batch is built before its clock starts).
     */
    static Baseline driverInsertMany(MongoCollection<org.bson.Document> collection, DocumentTemplate template,
                                     Dossiers dossiers, int rows) {
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        long inserting = 0;
        long wallStart = System.nanoTime();
        List<org.bson.Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < rows; i++) {
            batch.add(template.copyFor(dossiers.nomineeId(i)));
            if (batch.size() == BATCH || i == rows - 1) {
                long t0 = System.nanoTime();
                collection.insertMany(batch, unordered);
                inserting += System.nanoTime() - t0;
                batch.clear();
            }
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long count = collection.countDocuments();
        if (count != rows) {
            throw new IllegalStateException("the baseline wrote " + count + " documents, not " + rows);
        }
        return new Baseline(rows / (inserting / 1e9), rows / wall, inserting / 1e9);
    }

    private static String clip(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
