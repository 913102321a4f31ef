package org.carecoop.rota.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.PersonSchedules;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitDayApi;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's visits over a period, for those allowed to see their schedule (the teams module's access
 * policy decides, and a refusal is 403 problem+json).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Schedules")
class ScheduleApiController {

    /** The longest period one request may ask for. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(92);

    /** The period when only its start is given, or neither end. */
    static final int DEFAULT_DAYS = 7;

    private final PersonSchedules schedules;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ScheduleApiController(PersonSchedules schedules, MessageSource messages, Clock clock) {
        this.schedules = schedules;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Schema(description = "A person's visits over a period")
    record ScheduleResponse(
            UUID personId,

            @Schema(description = "Start of the period (inclusive)")
            Instant from,

            @Schema(description = "End of the period (exclusive)")
            Instant to,

            @Schema(description = "The visits that overlap the period, earliest first")
            List<VisitResponse> visits) {}

    @Schema(description = "A visit")
    record VisitResponse(
            UUID id,
            Instant start,
            Instant end,

            @Schema(allowableValues = {"booked", "cancelled", "completed"})
            String status,

            List<WorkerResponse> workers) {

        static VisitResponse of(Visit visit, List<VisitDayApi.ActualTimes> actual) {
            return new VisitResponse(
                    visit.id(),
                    visit.start(),
                    visit.end(),
                    visit.status().code(),
                    visit.workers().stream()
                            .map(w -> {
                                Optional<VisitDayApi.ActualTimes> times = actual.stream()
                                        .filter(a -> a.workerId().equals(w.id()))
                                        .findFirst();
                                return new WorkerResponse(
                                        w.id(),
                                        w.name(),
                                        times.map(VisitDayApi.ActualTimes::checkedIn)
                                                .orElse(null),
                                        times.flatMap(VisitDayApi.ActualTimes::checkedOut)
                                                .orElse(null));
                            })
                            .toList());
        }
    }

    @Schema(description = "A worker booked for a visit, and when they actually arrived and left")
    record WorkerResponse(
            UUID id,
            String name,

            @Schema(description = "When the worker checked in; absent until they do", nullable = true) @Nullable
            Instant checkedIn,

            @Schema(description = "When the worker checked out; absent until they do", nullable = true) @Nullable
            Instant checkedOut) {}

    @GetMapping("/people/{id}/schedule")
    @Operation(
            summary = "A person's visits over a period",
            description = "The visits (cancelled ones included) that overlap [from, to), for the person "
                    + "and those they allow to see their schedule. Without from, the period starts at the "
                    + "start of today (UK time); without to, it lasts 7 days. At most 92 days.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The visits"),
                @ApiResponse(
                        responseCode = "400",
                        description = "from or to is not a date or instant, or the period is not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "The caller may not see this person's schedule",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "404",
                        description = "There is no such person",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<?> schedule(
            @PathVariable UUID id,
            @Parameter(
                            description =
                                    "Start: an ISO-8601 instant, or a date meaning the start of that day (UK time)",
                            example = "2026-11-23")
                    @RequestParam(name = "from", required = false)
                    @Nullable
                    String from,
            @Parameter(
                            description = "End (exclusive): an ISO-8601 instant, or a date meaning the end of that day "
                                    + "(UK time)",
                            example = "2026-11-29")
                    @RequestParam(name = "to", required = false)
                    @Nullable
                    String to) {
        Optional<Instant> start = from == null ? Optional.of(startOfToday()) : parse(from, false);
        if (start.isEmpty()) {
            return badRequest("from", "schedule.api.from.format");
        }
        Optional<Instant> end = to == null ? Optional.of(defaultEnd(start.get())) : parse(to, true);
        if (end.isEmpty()) {
            return badRequest("to", "schedule.api.to.format");
        }
        if (!end.get().isAfter(start.get())) {
            return badRequest("to", "schedule.api.to.notAfterFrom");
        }
        if (Duration.between(start.get(), end.get()).compareTo(LONGEST_PERIOD) > 0) {
            return badRequest("to", "schedule.api.tooLong");
        }
        Caller caller = Caller.current().orElseThrow();
        return schedules
                .read(caller, id, start.get(), end.get())
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(new ScheduleResponse(
                        id,
                        s.from(),
                        s.to(),
                        s.visits().stream()
                                .map(v -> VisitResponse.of(v, s.actual(v)))
                                .toList())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, text("schedule.api.notFound"), null));
    }

    private Instant startOfToday() {
        return LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
    }

    private Instant defaultEnd(Instant start) {
        return start.atZone(zone).plusDays(DEFAULT_DAYS).toInstant();
    }

    /** An instant, or a date: its start, or for the end of a period the start of the next day. */
    private Optional<Instant> parse(String value, boolean end) {
        String text = value.strip();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text);
                return Optional.of(
                        (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant());
            } catch (DateTimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private ResponseEntity<ProblemDetail> badRequest(String parameter, String key) {
        String message = text(key);
        return problem(HttpStatus.BAD_REQUEST, message, Map.of("field", parameter, "message", message));
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String detail, @Nullable Map<String, String> error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (error != null) {
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(error));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
