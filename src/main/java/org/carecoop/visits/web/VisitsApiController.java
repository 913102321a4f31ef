package org.carecoop.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking a visit through the JSON API, for co-ordinators (the same rules as the booking form). A
 * worker who is already booked at that time gets 409 problem+json naming the worker and the time of
 * the visit in the way.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Visits")
class VisitsApiController {

    /** The most workers one visit can have through the API. */
    static final int MAX_WORKERS = 10;

    private final VisitsApi visits;
    private final MessageSource messages;
    private final ZoneId zone;

    VisitsApiController(VisitsApi visits, MessageSource messages, Clock clock) {
        this.visits = visits;
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

    @PostMapping("/visits")
    @Operation(
            summary = "Book a visit (co-ordinators)",
            description = "Books one or more workers to visit a person. A worker is never booked for two "
                    + "visits that overlap; a clash is refused with 409 naming the worker and the time.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Booked"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is missing or not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "403",
                        description = "Only co-ordinators book visits",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "A worker is already booked at that time",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<?> book(@Valid @RequestBody BookingRequest request, BindingResult errors) {
        Caller caller = Caller.current().orElseThrow();
        // Who may book comes before what they sent: others learn nothing from a validation message.
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("only co-ordinators book visits");
        }
        if (errors.hasErrors()) {
            return invalid(errors.getFieldErrors().stream()
                    .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, Locale.UK)))
                    .toList());
        }
        UUID id = visits.book(caller, request.personId(), request.workerIds(), request.start(), request.end());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new BookedVisit(
                        id,
                        request.personId(),
                        request.workerIds(),
                        request.start(),
                        request.end(),
                        VisitStatus.BOOKED.code()));
    }

    @ExceptionHandler(VisitClash.class)
    ResponseEntity<ProblemDetail> clash(VisitClash clash) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                text(
                        "visits.worker.clash",
                        clash.workerName(),
                        BookingController.TIME.format(clash.clashStart().atZone(zone)),
                        BookingController.TIME.format(clash.clashEnd().atZone(zone)),
                        BookingController.DATE.format(clash.clashStart().atZone(zone))));
        problem.setTitle("Worker already booked");
        problem.setProperty("workerId", clash.workerId());
        problem.setProperty("clashStart", clash.clashStart());
        problem.setProperty("clashEnd", clash.clashEnd());
        return problem(problem);
    }

    @ExceptionHandler(VisitException.class)
    ResponseEntity<ProblemDetail> refused(VisitException e) {
        String field = switch (e.reason()) {
            case NOT_A_SUPPORTED_PERSON -> "personId";
            case END_NOT_AFTER_START, TOO_LONG -> "end";
            default -> "workerIds";
        };
        String message = text("visits.api." + e.reason().name().toLowerCase(Locale.ROOT));
        return invalid(List.of(Map.of("field", field, "message", message)));
    }

    /** 400 with each field's problem, as the API reports every validation failure. */
    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
