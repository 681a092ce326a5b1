package vn.tdkt.auth.key;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code tdkt.auth}: where the signing key is kept ({@code TDKT_AUTH_KEY_DIR}, default {@code .data/auth}). */
@Validated
@ConfigurationProperties("tdkt.auth")
record KeyProperties(@NotNull Path keyDirectory) {
}
