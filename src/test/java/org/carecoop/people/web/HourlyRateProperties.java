package org.carecoop.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carecoop.platform.money.Money;
import org.springframework.validation.BeanPropertyBindingResult;

/** The hourly rate on the worker's profile form: pounds as typed, stored as whole pence. */
class HourlyRateProperties {

    @Property
    void everyRateFromNothingToAThousandPoundsIsStoredAsItsPence(@ForAll @IntRange(max = 100_000) int pence) {
        String typed = BigDecimal.valueOf(pence, 2).toPlainString();

        Result result = read(typed);

        assertThat(result.errorCode()).isNull();
        assertThat(result.rate()).isEqualTo(Money.ofPence(pence));
    }

    @Property
    void ratesOverAThousandPoundsAreRefused(@ForAll @LongRange(min = 100_001, max = 10_000_000_000L) long pence) {
        assertThat(read(BigDecimal.valueOf(pence, 2).toPlainString()).errorCode())
                .isEqualTo("profile.worker.hourlyRate.max");
    }

    @Property
    void negativeRatesAreRefused(@ForAll @IntRange(min = 1, max = 100_000) int pence) {
        assertThat(read("-" + BigDecimal.valueOf(pence, 2).toPlainString()).errorCode())
                .isEqualTo("profile.worker.hourlyRate.negative");
    }

    @Property
    void ratesWithMoreThanTwoDecimalsAreRefused(
            @ForAll @IntRange(max = 999) int pounds, @ForAll @IntRange(min = 1, max = 9) int thousandths) {
        assertThat(read(pounds + ".50" + thousandths).errorCode()).isEqualTo("profile.worker.hourlyRate.decimals");
    }

    @Example
    void eachMistakeHasItsOwnMessage() {
        assertThat(read("15.50").rate()).isEqualTo(Money.ofPence(1550));
        assertThat(read("£13.5").rate()).isEqualTo(Money.ofPence(1350));
        assertThat(read("").errorCode()).isEqualTo("profile.worker.hourlyRate.required");
        assertThat(read("fifteen").errorCode()).isEqualTo("profile.worker.hourlyRate.number");
        assertThat(read("15,50").errorCode()).isEqualTo("profile.worker.hourlyRate.number");
        assertThat(read("1000.01").errorCode()).isEqualTo("profile.worker.hourlyRate.max");
        assertThat(read("1,000.00").rate()).isEqualTo(Money.ofPence(100_000));
    }

    record Result(Money rate, String errorCode) {}

    private static Result read(String typed) {
        ProfileForm form = new ProfileForm();
        form.getWorker().setHourlyRate(typed);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "profileForm");
        Money rate = ProfileFormReader.hourlyRate(typed, errors);
        String code = errors.hasFieldErrors("worker.hourlyRate")
                ? errors.getFieldError("worker.hourlyRate").getCode()
                : null;
        return new Result(rate, code);
    }
}
