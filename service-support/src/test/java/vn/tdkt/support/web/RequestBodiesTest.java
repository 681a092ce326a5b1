package vn.tdkt.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.problem.FieldError;
import vn.tdkt.support.problem.InvalidInputException;

class RequestBodiesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Target(@NotNull String attribute) {
    }

    record Body(@NotBlank String title, List<@NotBlank String> agenda, List<@Valid Target> targets) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aValidBodyPasses() {
        Body body = new Body("Hội nghị", List.of("Khai mạc"), List.of(new Target("WOMEN")));

        assertThat(RequestBodies.valid(VALIDATOR, body)).isSameAs(body);
    }

    @Test
    void everyWrongFieldIsNamedAsSpringNamesIt() {
        Body body = new Body(" ", List.of("Khai mạc", ""), List.of(new Target(null)));

        assertThatThrownBy(() -> RequestBodies.valid(VALIDATOR, body)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("agenda[1]", "targets[0].attribute", "title"));
    }
}
