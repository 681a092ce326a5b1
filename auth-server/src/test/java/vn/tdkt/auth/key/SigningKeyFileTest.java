package vn.tdkt.auth.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    @TempDir
    Path temp;

    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyAndLaterStartsReadTheSameKey() throws Exception {
        Path directory = temp.resolve("data").resolve("auth");

        RSAKey first = SigningKeyFile.loadOrCreate(directory);
        RSAKey second = SigningKeyFile.loadOrCreate(directory);

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        Path file = directory.resolve(SigningKeyFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        try (var left = Files.list(directory)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aDamagedKeyFileStopsTheStartInsteadOfSilentlyReplacingTheKey() throws Exception {
        Files.writeString(temp.resolve(SigningKeyFile.FILE_NAME), "{\"kty\":\"RSA\"");

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(temp))
                .hasMessageContaining("is not an RSA JWK").hasMessageContaining("delete it");
    }

    @Test
    void aPublicOnlyKeyIsRefused() throws Exception {
        RSAKey key = SigningKeyFile.loadOrCreate(temp.resolve("a"));
        Files.writeString(temp.resolve(SigningKeyFile.FILE_NAME), key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(temp)).hasMessageContaining("holds no private key");
    }
}
