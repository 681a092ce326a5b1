package vn.tdkt.auth.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA signing key as a JWK file ({@code signing-key.jwk.json}, private part included), created on
 * first start. Kept across restarts so that tokens issued before a restart still verify, and so that
 * the services' cached JWK set stays right. Only the owner may read it (directory 700, file 600).
 */
final class SigningKeyFile {

    static final String FILE_NAME = "signing-key.jwk.json";
    private static final int KEY_SIZE = 2048;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SigningKeyFile() {
    }

    /** The key in {@code directory}; a new one is generated and written there if there is none. */
    static RSAKey loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(directory, ownerOnly("rwx------"));
            RSAKey key = new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            Path tmp = Files.createTempFile(directory, FILE_NAME, ".tmp", ownerOnly("rw-------"));
            try {
                Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
                // No REPLACE_EXISTING: if another process wrote a key meanwhile, its key wins and ours is dropped.
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return key;
            } catch (FileAlreadyExistsException e) {
                return read(file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the signing key in " + file.toAbsolutePath(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private static RSAKey read(Path file) throws IOException {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file.toAbsolutePath() + " holds no private key; delete it to get a new one");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException(file.toAbsolutePath() + " is not an RSA JWK (" + e.getMessage()
                    + "); delete it to get a new key", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
