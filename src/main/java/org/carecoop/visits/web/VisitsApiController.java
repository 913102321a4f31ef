package org.carecoop.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.Booking;
import org.carecoop.visits.BookingOutcome;
import org.carecoop.visits.BookingPlan;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.carecoop.visits.internal.IdempotentRequests;
import org.carecoop.visits.internal.IdempotentRequests.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking visits through the JSON API (CO2), by the same rules and the same code as the booking
 * form: co-ordinators' bookings are confirmed (201); a person's or their family's outside a worker's
 * availability goes to the workers as a request (202); a worker already booked at that time is 409
 * problem+json naming the worker and the time of the visit in the way. Every POST takes an {@code
 * Idempotency-Key}: sent again with the same body it gets the same answer without booking again, and
 * with another body 422. Workers accept or decline the requests sent to them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Visits")
class VisitsApiController {

    /** The most workers one visit can have through the API. */
    static final int MAX_WORKERS = 10;

    /** The most people one shared session can have through the API. */
    static final int MAX_PERSONS = 10;

    /** The longest Idempotency-Key kept. */
    static final int MAX_KEY = 255;

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final VisitsApi visits;
    private final BookingPrices prices;
    private final PeopleApi people;
    private final IdempotentRequests idempotent;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ZoneId zone;

    VisitsApiController(
            VisitsApi visits,
            BookingPrices prices,
            PeopleApi people,
            IdempotentRequests idempotent,
            JsonMapper json,
            MessageSource messages,
            Clock clock) {
        this.visits = visits;
        this.prices = prices;
        this.people = people;
        this.idempotent = idempotent;
        this.json = json;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @Schema(description = "A visit to book")
    record BookingRequest(
            @Schema(description = "The account id of the person visited, who receives support")
            @NotNull(message = "{visits.api.personId.required}")
            UUID personId,

            @Schema(description = "The account ids of the workers, each once; two or more for a double-up visit")
            @NotEmpty(message = "{visits.api.workerIds.required}")
            @Size(max = MAX_WORKERS, message = "{visits.api.workerIds.size}")
            List<@NotNull(message = "{visits.api.workerIds.required}") UUID> workerIds,

            @Schema(description = "When it starts (ISO-8601 instant)", example = "2026-11-24T08:00:00Z")
            @NotNull(message = "{visits.api.start.required}")
            Instant start,

            @Schema(
                    description = "When it ends (ISO-8601 instant); after the start, at most 24 hours later",
                    example = "2026-11-24T09:00:00Z")
            @NotNull(message = "{visits.api.end.required}")
            Instant end) {}

    @Schema(description = "A booked visit")
    record BookedVisit(UUID id, UUID personId, List<UUID> workerIds, Instant start, Instant end, String status) {}

    @Schema(description = "Visits to book: one, a weekly series, a shared session, or a series of them")
    record BookingsRequest(
            @Schema(description = "The account id of the person visited; or give personIds") @Nullable
            UUID personId,

            @Schema(description = "For a shared session (one visit each, the same workers): the people's account ids")
            @Size(max = MAX_PERSONS, message = "{bookings.api.personIds.size}")
            @Nullable
            List<@NotNull(message = "{bookings.api.personId.required}") UUID> personIds,

            @Schema(description = "The account ids of the workers, each once; two or more for a double-up visit")
            @NotEmpty(message = "{visits.api.workerIds.required}")
            @Size(max = MAX_WORKERS, message = "{visits.api.workerIds.size}")
            List<@NotNull(message = "{visits.api.workerIds.required}") UUID> workerIds,

            @Schema(description = "When the (first) visit starts (ISO-8601 instant)", example = "2026-11-24T08:00:00Z")
            @NotNull(message = "{visits.api.start.required}")
            Instant start,

            @Schema(
                    description = "When the (first) visit ends; after the start, at most 24 hours later",
                    example = "2026-11-24T09:00:00Z")
            @NotNull(message = "{visits.api.end.required}")
            Instant end,

            @Schema(description = "To repeat the visit every week") @Valid @Nullable
            Repeat repeat) {}

    @Schema(description = "A weekly repeat, at the first visit's time of day (UK time), for at most a year")
    record Repeat(
            @Schema(description = "The days of the week", example = "[\"MONDAY\", \"THURSDAY\"]")
            @NotEmpty(message = "{bookings.api.repeat.days.required}")
            List<@NotNull(message = "{bookings.api.repeat.days.required}") DayOfWeek> days,

            @Schema(description = "The last date it may fall on (inclusive)", example = "2027-01-31")
            @NotNull(message = "{bookings.api.repeat.until.required}")
            LocalDate until) {}

    @Schema(description = "What was booked")
    record BookingsResponse(
            @Schema(description = "The visits, earliest first; for a shared session one per person at each time")
            List<UUID> visitIds,

            @Schema(description = "The weekly series, if it repeats") @Nullable
            UUID seriesId,

            @Schema(description = "The shared session, if it has several people") @Nullable
            UUID sessionId,

            @Schema(allowableValues = {"booked", "requested"})
            String status,

            @Schema(description = "Whether the first visit starts within 24 hours")
            boolean lastMinute) {}

    @Schema(description = "What a booking would be and cost, before it is made")
    record QuoteResponse(
            @Schema(
                    description = "What booking it would give: booked at once, or sent to the workers as a request",
                    allowableValues = {"booked", "requested"})
            String status,

            @Schema(description = "Whether the first visit starts within 24 hours (last-minute premiums apply)")
            boolean lastMinute,

            @Schema(description = "How many visits it would book")
            int visits,

            @Schema(description = "Each worker's price, in the order given")
            List<WorkerQuote> workers,

            @Schema(
                    description = "All the workers' prices added up, in pence; absent when a worker has no "
                            + "rate card yet",
                    nullable = true)
            @Nullable
            Long totalPence) {}

    @Schema(description = "One worker's price for the booking")
    record WorkerQuote(
            UUID workerId,
            String name,

            @Schema(description = "Whether the worker has a rate card; without one there is no price yet")
            boolean hasRateCard,

            @Schema(description = "What the first visit's price is made of, like \"1 hour at £15.00 an hour: £15.00\"")
            List<String> firstVisitLines,

            @Schema(description = "The first visit's price in pence")
            long firstVisitPence,

            @Schema(description = "Every visit's price added up, in pence")
            long totalPence) {}

    @Schema(description = "Why a visit is cancelled")
    record CancelRequest(
            @Schema(description = "Plain text, 1 to 500 characters")
            @NotNull(message = "{bookings.api.reason.required}")
            String reason) {}

    @Schema(description = "Why a request is declined")
    record DeclineRequest(
            @Schema(description = "Optional; plain text, at most 500 characters") @Nullable
            String reason) {}

    @PostMapping("/bookings")
    @Operation(
            summary = "Book visits",
            description = "Books one or more workers to visit one person (personId) or several at once "
                    + "(personIds, a shared session), once or every week (repeat). All or nothing: a "
                    + "worker already booked at any of the times is 409 naming the first visit in the way.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Booked"),
                @ApiResponse(responseCode = "202", description = "Sent to the workers as a request"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is missing or not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "The caller may not book for this person",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "A worker is already booked at that time",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "422",
                        description = "The Idempotency-Key was used for another request",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> bookings(
            @Parameter(description = "Any unique text of up to 255 characters, to send the request again safely")
                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                    @Nullable
                    String key,
            @Valid @RequestBody BookingsRequest request,
            BindingResult errors) {
        List<Map<String, String>> problems = problems(request, errors);
        boolean one = request.personId() != null;
        return answer(key, "POST /bookings", request, problems, () -> {
            BookingOutcome outcome = visits.book(caller(), booking(request, one));
            return new Answer(
                    status(outcome),
                    write(new BookingsResponse(
                            outcome.visitIds(),
                            outcome.seriesId(),
                            outcome.sessionId(),
                            outcome.status().code(),
                            outcome.lastMinute())));
        });
    }

    @PostMapping("/bookings/quote")
    @Operation(
            summary = "Price a booking before making it",
            description = "Takes what POST /api/v1/bookings takes and books nothing: it says whether the "
                    + "booking would be confirmed or sent as a request, whether it is last-minute, and each "
                    + "worker's price from their rate card (evening, weekend, bank-holiday and last-minute "
                    + "premiums included), so the price is known before the booking is confirmed.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The quote"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is missing or not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "The caller may not book for this person",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> quote(@Valid @RequestBody BookingsRequest request, BindingResult errors) {
        List<Map<String, String>> problems = problems(request, errors);
        boolean one = request.personId() != null;
        if (!problems.isEmpty()) {
            return send(invalid(problems));
        }
        return send(refusalsAnswered(() -> {
            BookingPlan plan = visits.plan(caller(), booking(request, one));
            List<String> names = request.workerIds().stream()
                    .map(id ->
                            people.account(id).map(AccountSummary::displayName).orElse(""))
                    .toList();
            List<BookingPrices.WorkerPrice> priced = prices.price(request.workerIds(), names, plan);
            boolean allPriced = priced.stream().allMatch(BookingPrices.WorkerPrice::hasCard);
            return new Answer(
                    HttpStatus.OK.value(),
                    write(new QuoteResponse(
                            (plan.request() ? VisitStatus.REQUESTED : VisitStatus.BOOKED).code(),
                            plan.lastMinute(),
                            plan.occurrences().size(),
                            priced.stream()
                                    .map(p -> new WorkerQuote(
                                            p.workerId(),
                                            p.name(),
                                            p.hasCard(),
                                            p.lines(),
                                            p.firstPence(),
                                            p.totalPence()))
                                    .toList(),
                            allPriced
                                    ? priced.stream()
                                            .mapToLong(BookingPrices.WorkerPrice::totalPence)
                                            .sum()
                                    : null)));
        }));
    }

    /** The fields that are not right, including giving both or neither of personId and personIds. */
    private List<Map<String, String>> problems(BookingsRequest request, BindingResult errors) {
        List<Map<String, String>> problems = fieldErrors(errors);
        boolean one = request.personId() != null;
        boolean many = request.personIds() != null && !request.personIds().isEmpty();
        if (one == many && !errors.hasFieldErrors("personIds")) {
            problems.add(field("personId", text("bookings.api.personId.oneOf")));
        }
        return problems;
    }

    private static Booking booking(BookingsRequest request, boolean one) {
        List<UUID> persons = one ? List.of(request.personId()) : request.personIds();
        Booking.Repeat repeat = request.repeat() == null
                ? null
                : new Booking.Repeat(
                        EnumSet.copyOf(request.repeat().days()),
                        request.repeat().until());
        return new Booking(persons, request.workerIds(), request.start(), request.end(), repeat);
    }

    @PostMapping("/visits")
    @Operation(
            summary = "Book a visit",
            description = "Books one or more workers to visit a person, as POST /api/v1/bookings does for "
                    + "one visit to one person. A worker is never booked for two visits that overlap; a "
                    + "clash is refused with 409 naming the worker and the time.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Booked"),
                @ApiResponse(responseCode = "202", description = "Sent to the workers as a request"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is missing or not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "The caller may not book for this person",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "A worker is already booked at that time",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "422",
                        description = "The Idempotency-Key was used for another request",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> book(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @Valid @RequestBody BookingRequest request,
            BindingResult errors) {
        return answer(key, "POST /visits", request, fieldErrors(errors), () -> {
            BookingOutcome outcome = visits.book(
                    caller(), Booking.once(request.personId(), request.workerIds(), request.start(), request.end()));
            return new Answer(
                    status(outcome),
                    write(new BookedVisit(
                            outcome.visitIds().get(0),
                            request.personId(),
                            request.workerIds(),
                            request.start(),
                            request.end(),
                            outcome.status().code())));
        });
    }

    @PostMapping("/bookings/{id}/cancel")
    @Operation(
            summary = "Cancel a visit",
            description = "Cancels a booked or requested visit (one occurrence of a series, or one person's "
                    + "visit of a shared session), recording who, when and why.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Cancelled"),
                @ApiResponse(
                        responseCode = "400",
                        description = "The reason is missing or not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "The caller may not change this person's visits",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "404",
                        description = "There is no such visit",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "The visit was cancelled or completed already",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @Valid @RequestBody CancelRequest request,
            BindingResult errors) {
        return answer(key, "POST /bookings/" + id + "/cancel", request, fieldErrors(errors), () -> {
            visits.cancel(caller(), id, request.reason());
            return new Answer(HttpStatus.OK.value(), write(Map.of("id", id, "status", VisitStatus.CANCELLED.code())));
        });
    }

    @PostMapping("/bookings/requests/{id}/accept")
    @Operation(
            summary = "Accept a request (the worker asked)",
            description = "Once every worker has accepted, the visit is booked; a clash with a booking made "
                    + "since is 409 naming it.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Accepted"),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such request waits for the caller's answer",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "The worker is already booked at that time",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> accept(
            @PathVariable UUID id, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        return answer(key, "POST /bookings/requests/" + id + "/accept", Map.of(), List.of(), () -> {
            visits.accept(caller(), id);
            return new Answer(HttpStatus.OK.value(), write(Map.of("id", id, "answer", "accepted")));
        });
    }

    @PostMapping("/bookings/requests/{id}/decline")
    @Operation(
            summary = "Decline a request (the worker asked)",
            description = "With an optional reason, which the booker reads.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Declined"),
                @ApiResponse(
                        responseCode = "400",
                        description = "The reason is not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such request waits for the caller's answer",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<String> decline(
            @PathVariable UUID id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @RequestBody(required = false) @Nullable DeclineRequest request) {
        String reason = request == null ? null : request.reason();
        return answer(
                key,
                "POST /bookings/requests/" + id + "/decline",
                request == null ? Map.of() : request,
                List.of(),
                () -> {
                    visits.decline(caller(), id, reason);
                    return new Answer(
                            HttpStatus.OK.value(), write(Map.of("id", id, "answer", VisitStatus.DECLINED.code())));
                });
    }

    /**
     * The answer to a POST: 400 for the fields that are not right, or the work's answer, kept under
     * the Idempotency-Key (refusals by the visits module included, so they too are answered the same
     * way again).
     */
    private ResponseEntity<String> answer(
            @Nullable String key,
            String route,
            Object request,
            List<Map<String, String>> problems,
            Supplier<Answer> work) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            problems.add(field(IDEMPOTENCY_KEY, text("bookings.api.key.size")));
        }
        if (!problems.isEmpty()) {
            return send(invalid(problems));
        }
        Caller caller = caller();
        // Without a key nothing is kept, so there is nothing to tell this request from.
        String digest = key == null ? "" : digest(route, request);
        return send(idempotent
                .once(caller.actorId(), key, digest, () -> refusalsAnswered(work))
                .orElseGet(() -> problem(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "Idempotency-Key used for another request",
                        text("bookings.api.key.reused"),
                        Map.of())));
    }

    private Answer refusalsAnswered(Supplier<Answer> work) {
        try {
            return work.get();
        } catch (VisitClash clash) {
            return problem(
                    HttpStatus.CONFLICT,
                    "Worker already booked",
                    text(
                            "visits.worker.clash",
                            clash.workerName(),
                            BookingController.TIME.format(clash.clashStart().atZone(zone)),
                            BookingController.TIME.format(clash.clashEnd().atZone(zone)),
                            BookingController.DATE.format(clash.clashStart().atZone(zone))),
                    Map.of(
                            "workerId",
                            clash.workerId(),
                            "clashStart",
                            clash.clashStart(),
                            "clashEnd",
                            clash.clashEnd()));
        } catch (VisitException e) {
            String message = text("visits.api." + e.reason().name().toLowerCase(Locale.ROOT));
            return switch (e.reason()) {
                case NOT_FOUND, NOT_REQUESTED, SERIES_NOT_FOUND ->
                    problem(HttpStatus.NOT_FOUND, "Not found", message, Map.of());
                case ALREADY_CANCELLED, ALREADY_COMPLETED, NOT_STARTED ->
                    problem(HttpStatus.CONFLICT, "Cannot be changed", message, Map.of());
                default -> invalid(List.of(field(fieldOf(e.reason()), message)));
            };
        }
    }

    private static String fieldOf(VisitException.Reason reason) {
        return switch (reason) {
            case NOT_A_SUPPORTED_PERSON, NO_PERSONS, SAME_PERSON_TWICE -> "personId";
            case END_NOT_AFTER_START, TOO_LONG -> "end";
            case REPEAT_NO_DAYS -> "repeat.days";
            case REPEAT_UNTIL_NOT_RIGHT, REPEAT_NO_OCCURRENCES -> "repeat.until";
            case REASON_NOT_VALID, DECLINE_REASON_NOT_VALID -> "reason";
            default -> "workerIds";
        };
    }

    private static int status(BookingOutcome outcome) {
        return (outcome.status() == VisitStatus.REQUESTED ? HttpStatus.ACCEPTED : HttpStatus.CREATED).value();
    }

    private List<Map<String, String>> fieldErrors(BindingResult errors) {
        List<Map<String, String>> problems = new ArrayList<>();
        errors.getFieldErrors().forEach(e -> problems.add(field(e.getField(), messages.getMessage(e, Locale.UK))));
        return problems;
    }

    private static Map<String, String> field(String name, String message) {
        return Map.of("field", name, "message", message);
    }

    /** 400 with each field's problem, as the API reports every validation failure. */
    private Answer invalid(List<Map<String, String>> errors) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", text("api.invalid"), Map.of("errors", errors));
    }

    /** An RFC 9457 problem, written here so that it is kept byte for byte under an Idempotency-Key. */
    private Answer problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.putAll(properties);
        return new Answer(status.value(), write(body));
    }

    private static ResponseEntity<String> send(Answer answer) {
        return ResponseEntity.status(answer.status())
                .contentType(answer.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    private String write(Object body) {
        return json.writeValueAsString(body);
    }

    /** What was asked, for telling a request sent again from another under the same key. */
    private String digest(String route, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(route.getBytes(StandardCharsets.UTF_8));
            sha.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }

    private String text(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
