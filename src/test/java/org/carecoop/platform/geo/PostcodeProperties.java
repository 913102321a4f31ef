package org.carecoop.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PostcodeProperties {

    private static final String FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ"; // never Q, V, X
    private static final String SECOND = "ABCDEFGHKLMNOPQRSTUVWXY"; // never I, J, Z
    private static final String THIRD_A9A = "ABCDEFGHJKPSTUW";
    private static final String FOURTH_AA9A = "ABEHMNPRVWXY";
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ"; // never C, I, K, M, O, V

    @Property
    void anyValidPostcodeRoundTripsThroughItsNormalForm(@ForAll("postcodes") String postcode) {
        Postcode parsed = Postcode.parse(postcode).orElseThrow();

        assertThat(parsed.value()).isEqualTo(postcode);
        assertThat(Postcode.parse(parsed.value())).contains(parsed);
        assertThat(parsed.outward() + " " + parsed.inward()).isEqualTo(postcode);
        assertThat(parsed.sector())
                .isEqualTo(parsed.outward() + " " + parsed.inward().charAt(0));
        assertThat(parsed.district()).isEqualTo(parsed.outward());
        assertThat(parsed.outward()).startsWith(parsed.area());
    }

    @Property
    void typingItInAnyCaseWithAnySpacingGivesTheSameNormalForm(
            @ForAll("postcodes") String postcode, @ForAll("spacing") String before, @ForAll("spacing") String after) {
        String inward = postcode.substring(postcode.length() - 3);
        String outward = postcode.substring(0, postcode.length() - 4);
        String typed = before + outward.toLowerCase(Locale.ROOT) + before + inward + after;

        assertThat(Postcode.parse(typed).map(Postcode::value)).contains(postcode);
    }

    @Property
    void junkNeverValidates(@ForAll("junk") String junk) {
        assertThat(Postcode.parse(junk)).isEmpty();
        assertThat(Postcode.isValid(junk)).isFalse();
    }

    @Property
    void anInwardCodeWithAForbiddenLetterNeverValidates(
            @ForAll("postcodes") String postcode, @ForAll("forbiddenInwardLetters") char letter) {
        String broken = postcode.substring(0, postcode.length() - 1) + letter;

        assertThat(Postcode.parse(broken)).isEmpty();
    }

    @Example
    void normalisesWhatPeopleType() {
        Postcode postcode = Postcode.of("hx7 8ad");

        assertThat(postcode.value()).isEqualTo("HX7 8AD");
        assertThat(Postcode.of(" hx78ad ")).isEqualTo(postcode);
        assertThat(Postcode.of("Hx7\u00A08aD")).isEqualTo(postcode);
        assertThat(postcode.outward()).isEqualTo("HX7");
        assertThat(postcode.inward()).isEqualTo("8AD");
        assertThat(postcode.sector()).isEqualTo("HX7 8");
        assertThat(postcode.district()).isEqualTo("HX7");
        assertThat(postcode.area()).isEqualTo("HX");
        assertThat(Postcode.of("OL14 5AB").sector()).isEqualTo("OL14 5");
        assertThat(Postcode.of("EC1A1BB").value()).isEqualTo("EC1A 1BB");
        assertThat(Postcode.of("W1A 0AX").area()).isEqualTo("W");
    }

    @Example
    void refusesWhatIsNotAPostcode() {
        assertThat(Postcode.parse("")).isEmpty();
        assertThat(Postcode.parse("HX7")).isEmpty();
        assertThat(Postcode.parse("HX7 8A")).isEmpty();
        assertThat(Postcode.parse("QX7 8AD")).isEmpty();
        assertThat(Postcode.parse("HX7 8CD")).isEmpty();
        assertThat(Postcode.parse("GIR 0AA")).isEmpty();
        assertThat(Postcode.parse("HX7 8AD; drop table")).isEmpty();
        assertThatThrownBy(() -> Postcode.of("not a postcode")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Postcode("hx7 8ad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<String> outward = Arbitraries.oneOf(
                Combinators.combine(letter(FIRST), digit()).as((a, d) -> "" + a + d),
                Combinators.combine(letter(FIRST), digit(), digit()).as((a, d, e) -> "" + a + d + e),
                Combinators.combine(letter(FIRST), letter(SECOND), digit()).as((a, b, d) -> "" + a + b + d),
                Combinators.combine(letter(FIRST), letter(SECOND), digit(), digit())
                        .as((a, b, d, e) -> "" + a + b + d + e),
                Combinators.combine(letter(FIRST), digit(), letter(THIRD_A9A)).as((a, d, c) -> "" + a + d + c),
                Combinators.combine(letter(FIRST), letter(SECOND), digit(), letter(FOURTH_AA9A))
                        .as((a, b, d, c) -> "" + a + b + d + c));
        Arbitrary<String> inward =
                Combinators.combine(digit(), letter(INWARD), letter(INWARD)).as((d, a, b) -> "" + d + a + b);
        return Combinators.combine(outward, inward).as((o, i) -> "" + o + " " + i);
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of("", " ", "  ", "\t", "\u00A0");
    }

    /**
     * Text that cannot be a postcode: it has a character no postcode has, or too few or too many
     * letters and digits to be one.
     */
    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> withAStrangeCharacter = Combinators.combine(
                        Arbitraries.strings().ofMaxLength(8),
                        Arbitraries.chars()
                                .filter(c -> !Character.isLetterOrDigit(c)
                                        && !Character.isWhitespace(c)
                                        && c != '\u00A0'
                                        && c != '\u2007'
                                        && c != '\u202F'),
                        Arbitraries.strings().ofMaxLength(8))
                .as((a, c, b) -> "" + a + c + b);
        Arbitrary<String> wrongLength = Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .ofMinLength(0)
                .ofMaxLength(20)
                .filter(s -> s.length() < 5 || s.length() > 7);
        return Arbitraries.oneOf(withAStrangeCharacter, wrongLength, Arbitraries.strings());
    }

    @Provide
    Arbitrary<Character> forbiddenInwardLetters() {
        return Arbitraries.of('C', 'I', 'K', 'M', 'O', 'V');
    }

    private static Arbitrary<Character> letter(String allowed) {
        return Arbitraries.of(allowed.chars().mapToObj(c -> (char) c).toList());
    }

    private static Arbitrary<Character> digit() {
        return Arbitraries.chars().range('0', '9');
    }
}
