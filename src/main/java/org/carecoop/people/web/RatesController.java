package org.carecoop.people.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.Quote;
import org.carecoop.people.RateCard;
import org.carecoop.people.internal.RateCards;
import org.carecoop.people.internal.WorkerRecords;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's rate card (CO8): workers set their own at {@code /rates}; co-ordinators change any
 * worker's at {@code /workers/{id}/rates}. The page shows an example price so the premiums are
 * easy to check.
 */
@Controller
class RatesController {

    private final RateCards rateCards;
    private final WorkerRecords workers;
    private final Clock clock;

    RatesController(RateCards rateCards, WorkerRecords workers, Clock clock) {
        this.rateCards = rateCards;
        this.workers = workers;
        this.clock = clock;
    }

    @GetMapping({"/rates", "/workers/{workerId}/rates"})
    String form(@PathVariable(required = false) @Nullable String workerId, Model model) {
        Caller caller = Caller.current().orElseThrow();
        UUID id = WorkerPages.worker(caller, workerId);
        Optional<RateCard> card = read(caller, id);
        model.addAttribute("ratesForm", card.map(RatesForm::of).orElseGet(RatesForm::new));
        return page(caller, id, workerId == null, card.orElse(null), model);
    }

    @PostMapping({"/rates", "/workers/{workerId}/rates"})
    String save(
            @PathVariable(required = false) @Nullable String workerId,
            @ModelAttribute RatesForm ratesForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        UUID id = WorkerPages.worker(caller, workerId);
        // Who may change it comes before what they sent.
        Optional<RateCard> saved = read(caller, id);
        RateCard card = card(ratesForm, errors);
        if (card == null) {
            return page(caller, id, workerId == null, saved.orElse(null), model);
        }
        rateCards.save(caller, id, card);
        redirect.addFlashAttribute("flash", "rates.saved");
        return workerId == null ? "redirect:/rates" : "redirect:/workers/" + id + "/rates";
    }

    /** The card typed, or null when something is wrong (rejected at its field). */
    static @Nullable RateCard card(RatesForm form, BindingResult errors) {
        long base = 0;
        try {
            base = Money.parsePounds(form.getBase()).pence();
            if (base <= 0 || base > RateCard.MAX_BASE_PENCE) {
                errors.rejectValue("base", "rates.error.base.range");
            }
        } catch (Money.InvalidAmount e) {
            errors.rejectValue(
                    "base", form.getBase().isBlank() ? "rates.error.base.required" : "rates.error.base.real");
        }
        int evening = percent(form.getEvening(), "evening", errors);
        int weekend = percent(form.getWeekend(), "weekend", errors);
        int bankHoliday = percent(form.getBankHoliday(), "bankHoliday", errors);
        int lastMinute = percent(form.getLastMinute(), "lastMinute", errors);
        return errors.hasErrors() ? null : new RateCard(base, evening, weekend, bankHoliday, lastMinute);
    }

    /** A whole percentage from 0 to 200; empty is 0. */
    private static int percent(String text, String field, BindingResult errors) {
        String tidy = text.strip();
        if (tidy.endsWith("%")) {
            tidy = tidy.substring(0, tidy.length() - 1).strip();
        }
        if (tidy.isEmpty()) {
            return 0;
        }
        if (tidy.length() <= 3 && tidy.chars().allMatch(Character::isDigit)) {
            int percent = Integer.parseInt(tidy);
            if (percent <= RateCard.MAX_PERCENT) {
                return percent;
            }
        }
        errors.rejectValue(field, "rates.error.percent");
        return 0;
    }

    private String page(Caller caller, UUID workerId, boolean own, @Nullable RateCard card, Model model) {
        model.addAttribute("own", own);
        model.addAttribute("workerId", workerId);
        model.addAttribute("workerName", workers.name(caller, workerId));
        model.addAttribute("action", own ? "/rates" : "/workers/" + workerId + "/rates");
        model.addAttribute("example", card == null ? null : example(workerId));
        return "people/rates";
    }

    /** An example: two hours next Saturday from 19:00, booked now. */
    private @Nullable Quote example(UUID workerId) {
        LocalDate saturday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Instant start =
                ZonedDateTime.of(saturday, LocalTime.of(19, 0), clock.getZone()).toInstant();
        return rateCards
                .quote(workerId, start, start.plusSeconds(2 * 3600), start.minusSeconds(7 * 24 * 3600))
                .orElse(null);
    }

    private Optional<RateCard> read(Caller caller, UUID workerId) {
        try {
            return rateCards.read(caller, workerId);
        } catch (IllegalArgumentException e) {
            throw WorkerPages.notFound();
        }
    }
}
