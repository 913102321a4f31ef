package org.carecoop.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.RateCard;
import org.carecoop.people.internal.RateCards;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's rate card through the JSON API (CO8), for the worker and co-ordinators, with the same
 * limits as the page.
 */
@RestController
@RequestMapping("/api/v1/workers/{workerId}/rates")
@Tag(name = "Rates")
class RatesApiController {

    private final RateCards rateCards;
    private final MessageSource messages;

    RatesApiController(RateCards rateCards, MessageSource messages) {
        this.rateCards = rateCards;
        this.messages = messages;
    }

    @Schema(description = "A rate card: the hourly rate in pence and premiums in whole percent")
    record RatesBody(
            @Schema(description = "Hourly rate in pence, 1 to 50000", example = "1450")
            @NotNull(message = "{rates.api.basePence.required}")
            @Min(value = 1, message = "{rates.error.base.range}")
            @Max(value = RateCard.MAX_BASE_PENCE, message = "{rates.error.base.range}")
            Long basePence,

            @Schema(description = "Added after 20:00 and before 07:00 UK time, 0 to 200", example = "15")
            @NotNull(message = "{rates.api.percent.required}")
            @Min(value = 0, message = "{rates.error.percent}")
            @Max(value = RateCard.MAX_PERCENT, message = "{rates.error.percent}")
            Integer eveningPercent,

            @Schema(description = "Added on Saturdays and Sundays, 0 to 200", example = "20")
            @NotNull(message = "{rates.api.percent.required}")
            @Min(value = 0, message = "{rates.error.percent}")
            @Max(value = RateCard.MAX_PERCENT, message = "{rates.error.percent}")
            Integer weekendPercent,

            @Schema(description = "Added on England and Wales bank holidays, 0 to 200", example = "50")
            @NotNull(message = "{rates.api.percent.required}")
            @Min(value = 0, message = "{rates.error.percent}")
            @Max(value = RateCard.MAX_PERCENT, message = "{rates.error.percent}")
            Integer bankHolidayPercent,

            @Schema(description = "Added to the whole visit when booked shortly before it, 0 to 200", example = "10")
            @NotNull(message = "{rates.api.percent.required}")
            @Min(value = 0, message = "{rates.error.percent}")
            @Max(value = RateCard.MAX_PERCENT, message = "{rates.error.percent}")
            Integer lastMinutePercent) {

        static RatesBody of(RateCard card) {
            return new RatesBody(
                    card.basePence(),
                    card.eveningPercent(),
                    card.weekendPercent(),
                    card.bankHolidayPercent(),
                    card.lastMinutePercent());
        }
    }

    @GetMapping
    @Operation(summary = "A worker's rate card (the worker, co-ordinators); 404 when none is set")
    ResponseEntity<?> read(@PathVariable UUID workerId) {
        Optional<RateCard> card;
        try {
            card = rateCards.read(Caller.current().orElseThrow(), workerId);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.NOT_FOUND, "Not found", text("rates.api.notAWorker"), null);
        }
        return card.<ResponseEntity<?>>map(c -> ResponseEntity.ok(RatesBody.of(c)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", text("rates.api.none"), null));
    }

    @PutMapping
    @Operation(summary = "Set a worker's rate card (the worker, co-ordinators)")
    ResponseEntity<?> save(@PathVariable UUID workerId, @Valid @RequestBody RatesBody body, BindingResult errors) {
        Caller caller = Caller.current().orElseThrow();
        try {
            // Who may change it comes before what they sent: others learn nothing from a validation message.
            rateCards.read(caller, workerId);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.NOT_FOUND, "Not found", text("rates.api.notAWorker"), null);
        }
        if (errors.hasErrors()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "Invalid request",
                    text("api.invalid"),
                    errors.getFieldErrors().stream()
                            .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, Locale.UK)))
                            .toList());
        }
        RateCard card = new RateCard(
                body.basePence(),
                body.eveningPercent(),
                body.weekendPercent(),
                body.bankHolidayPercent(),
                body.lastMinutePercent());
        rateCards.save(caller, workerId, card);
        return ResponseEntity.ok(RatesBody.of(card));
    }

    /** A problem+json answer, with each field's errors when there are some; for this package's APIs. */
    static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail, @Nullable List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
