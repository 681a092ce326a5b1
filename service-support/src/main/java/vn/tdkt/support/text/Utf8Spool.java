package vn.tdkt.support.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.tdkt.support.problem.InvalidInputException;

/**
 * Copies an uploaded text to a temporary file while checking that it is UTF-8, so that an import can read
 * it twice (validate everything, then write) without holding it in memory. A byte-order mark at the start
 * (as spreadsheet programs write) is dropped. Broken UTF-8 is a 400 naming the line: the bytes of a line
 * break never occur inside a multi-byte UTF-8 sequence, so counting them gives the line exactly.
 *
 * <p>The SHA-256 of what was stored comes with the file: an import can derive the ids of what it writes from
 * it, so sending the same file again finds the rows an interrupted run already wrote.
 */
public final class Utf8Spool {

    private static final int CHUNK = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8Spool() {
    }

    /** A spooled text: the temporary file (the caller deletes it) and the SHA-256 of its bytes, in hex. */
    public record Spooled(Path file, String sha256) {
    }

    /** The text in a new temporary file, which the caller deletes. */
    public static Spooled spool(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile("tdkt-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            copyChecked(body, out);
            out.flush();
            return new Spooled(file, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    /** Copies {@code in} to {@code out}, refusing the first malformed UTF-8 sequence with its line number. */
    public static void copyChecked(InputStream in, OutputStream out) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK + 8);
        CharBuffer chars = CharBuffer.allocate(CHUNK + 8);
        byte[] chunk = new byte[CHUNK];
        long line = 1;
        boolean first = true;
        while (true) {
            int read = in.readNBytes(chunk, 0, CHUNK);
            int offset = 0;
            if (first && read >= 3 && chunk[0] == BOM[0] && chunk[1] == BOM[1] && chunk[2] == BOM[2]) {
                offset = 3;
            }
            first = false;
            out.write(chunk, offset, read - offset);
            bytes.put(chunk, offset, read - offset);
            bytes.flip();
            boolean end = read < CHUNK;
            while (true) {
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(bytes, start, bytes.position());
                chars.clear();
                if (result.isError()) {
                    throw new InvalidInputException("line " + line, "is not valid UTF-8 (byte "
                            + String.format("0x%02X", bytes.get(bytes.position()) & 0xFF)
                            + "); save the file as UTF-8");
                }
                if (result.isUnderflow()) {
                    break;
                }
            }
            bytes.compact();
            if (end) {
                if (bytes.position() > 0) {
                    throw new InvalidInputException("line " + line, "ends inside a UTF-8 character");
                }
                return;
            }
        }
    }

    private static int newlines(ByteBuffer bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is the system's to clean up
        }
    }
}
