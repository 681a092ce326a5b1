package vn.tdkt.campaign.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The loops of {@link Syntax} accept exactly what the documented patterns accept (the patterns stay in the
 * API's validation annotations): strings drawn from the characters the patterns care about, around every
 * boundary of length and position.
 */
class SyntaxTest {

    private static final Pattern CODE = Pattern.compile(UnitCode.PATTERN);
    private static final Pattern EMAIL = Pattern.compile(Unit.EMAIL_PATTERN);
    private static final Pattern PHONE = Pattern.compile(Contact.PHONE_PATTERN);

    @Property(tries = 3000)
    void codesAsThePattern(@ForAll("codeLike") String value) {
        assertThat(Syntax.isCode(value)).as(value).isEqualTo(CODE.matcher(value).matches());
    }

    @Property(tries = 5000)
    void emailsAsThePattern(@ForAll("emailLike") String value) {
        assertThat(Syntax.isEmail(value)).as(value).isEqualTo(EMAIL.matcher(value).matches());
    }

    @Property(tries = 3000)
    void phonesAsThePattern(@ForAll("phoneLike") String value) {
        assertThat(Syntax.isPhone(value)).as(value).isEqualTo(PHONE.matcher(value).matches());
    }

    @Example
    void examples() {
        assertThat(Syntax.isEmail("vanphong@quanglang.gov.vn")).isTrue();
        assertThat(Syntax.isEmail("a@b.")).isFalse();
        assertThat(Syntax.isEmail("a@.b")).isFalse();
        assertThat(Syntax.isEmail("a@b.c\n")).isFalse();
        assertThat(Syntax.isEmail("thư@bộ.vn")).isTrue();
        assertThat(Syntax.isCode("LS-CL.01_a")).isTrue();
        assertThat(Syntax.isCode("Đ")).isFalse();
        assertThat(Syntax.isPhone("+84 (205) 387-0123")).isTrue();
        assertThat(Syntax.isPhone("12")).isFalse();
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings().withChars("aZ09._-/ Đé\n").ofMinLength(0).ofMaxLength(70);
    }

    @Provide
    Arbitrary<String> emailLike() {
        return Arbitraries.strings().withChars("ab.@ \t\n\u000B\f\rđ\u00A0").ofMinLength(0).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.strings().withChars("09+ ().-a/\n").ofMinLength(0).ofMaxLength(33);
    }
}
