package org.carecoop.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carecoop.platform.money.Money.InvalidAmount;
import org.carecoop.platform.money.Money.Problem;

class MoneyProperties {

    @Property
    void anAmountWrittenInPoundsAndPenceReadsBackAsTheSamePence(@ForAll @LongRange(max = 100_000_000) long pence) {
        Money money = Money.ofPence(pence);

        assertThat(Money.parsePounds(money.pounds())).isEqualTo(money);
        assertThat(Money.parsePounds(money.toString())).isEqualTo(money);
        assertThat(Money.parsePounds(" £" + money.pounds() + " ").pence()).isEqualTo(pence);
    }

    @Property
    void poundsWithOneOrNoDecimalsAreWholePence(
            @ForAll @IntRange(max = 1000) int pounds, @ForAll @IntRange(max = 9) int tenths) {
        assertThat(Money.parsePounds(pounds + "." + tenths).pence()).isEqualTo(pounds * 100L + tenths * 10L);
        assertThat(Money.parsePounds(Integer.toString(pounds)).pence()).isEqualTo(pounds * 100L);
    }

    @Property
    void anythingFinerThanAPennyIsRefused(
            @ForAll @IntRange(max = 1000) int pounds,
            @ForAll @IntRange(max = 99) int pence,
            @ForAll @IntRange(min = 1, max = 9) int fraction) {
        String text = pounds + "." + String.format("%02d", pence) + fraction;

        assertThatThrownBy(() -> Money.parsePounds(text))
                .isInstanceOfSatisfying(
                        InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_DECIMALS));
    }

    @Property
    void negativeAmountsAreRefused(@ForAll @LongRange(min = 1, max = 100_000_000) long pence) {
        String pounds = BigDecimal.valueOf(pence, 2).toPlainString();

        for (String text : new String[] {"-" + pounds, "-£" + pounds, "£-" + pounds}) {
            assertThatThrownBy(() -> Money.parsePounds(text))
                    .isInstanceOfSatisfying(
                            InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(Problem.NEGATIVE));
        }
    }

    @Example
    void readsAmountsAsPeopleWriteThem() {
        assertThat(Money.parsePounds("15.50").pence()).isEqualTo(1550);
        assertThat(Money.parsePounds("15.5").pence()).isEqualTo(1550);
        assertThat(Money.parsePounds("£15").pence()).isEqualTo(1500);
        assertThat(Money.parsePounds("15.500").pence()).isEqualTo(1550);
        assertThat(Money.parsePounds(".50").pence()).isEqualTo(50);
        assertThat(Money.parsePounds("1,000.00").pence()).isEqualTo(100_000);
        assertThat(Money.parsePounds("-0").pence()).isZero();
        assertThat(Money.ofPence(101_550).toString()).isEqualTo("£1,015.50");
        assertThat(Money.ofPence(-300).toString()).isEqualTo("-£3.00");
        assertThat(Money.ofPence(5).pounds()).isEqualTo("0.05");
    }

    @Example
    void saysWhatIsWrongWithWhatIsNotAnAmount() {
        for (String text : new String[] {"abc", "15,5", "1e3", "15.50p", "£", "1,00", "15..5", "0x10", "١٥"}) {
            assertThatThrownBy(() -> Money.parsePounds(text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_NUMBER));
        }
        assertThatThrownBy(() -> Money.parsePounds("  "))
                .isInstanceOfSatisfying(
                        InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
        assertThatThrownBy(() -> Money.parsePounds("99999999999999999999"))
                .isInstanceOfSatisfying(
                        InvalidAmount.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }
}
