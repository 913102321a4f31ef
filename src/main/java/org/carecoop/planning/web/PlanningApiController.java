package org.carecoop.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.planning.internal.AlreadyOptimising;
import org.carecoop.planning.internal.Comparison;
import org.carecoop.planning.internal.Optimisation;
import org.carecoop.planning.internal.Optimising;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.RotaChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optimising the rota through the JSON API (CO5), for co-ordinators: start a job for an area and a
 * period, follow it, then accept or discard its plan. Errors are problem+json: 409 when a job is
 * already under way for the area, when the plan cannot be decided on, or when the rota changed since
 * the plan was made.
 */
@RestController
@RequestMapping("/api/v1/planning/optimisations")
@Tag(name = "Planning")
class PlanningApiController {

    private final Optimising optimising;
    private final MessageSource messages;

    PlanningApiController(Optimising optimising, MessageSource messages) {
        this.optimising = optimising;
        this.messages = messages;
    }

    @Schema(description = "What to optimise: an area and whole days, at most 7")
    record StartRequest(
            @Schema(
                    description = "Postcode district of the people visited, e.g. HX7",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            String area,

            @Schema(
                    description = "The first day, in the co-op's time zone",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            LocalDate from,

            @Schema(description = "The last day, inclusive", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            LocalDate to) {}

    @Schema(description = "An optimisation job")
    record OptimisationResponse(
            UUID id,
            String area,
            LocalDate from,
            LocalDate to,

            @Schema(description = "queued, running, finished, failed, accepted or discarded")
            String status,

            @Schema(description = "How long the planner has run, in milliseconds")
            long elapsedMs,

            @Schema(description = "The solver's score of the best plan so far") @Nullable
            String bestScore,

            @Schema(description = "Visit parts without a worker in the best plan so far") @Nullable
            Integer unassigned,

            @Schema(description = "The problem's size") Map<String, Integer> metrics,
            Instant requestedAt,
            @Nullable Instant finishedAt,

            @Schema(description = "The current rota against the plan, once finished") @Nullable
            Comparison comparison,

            @Nullable String failure) {

        static OptimisationResponse of(Optimisation job, MessageSource messages) {
            return new OptimisationResponse(
                    job.id(),
                    job.area(),
                    job.from(),
                    job.to(),
                    job.status(),
                    job.elapsedMs(),
                    job.bestScore(),
                    job.unassigned(),
                    job.metrics(),
                    job.requestedAt(),
                    job.finishedAt(),
                    job.comparison(),
                    job.failure() == null ? null : messages.getMessage(job.failure(), null, Locale.UK));
        }
    }

    @PostMapping
    @Operation(
            summary = "Start optimising an area",
            description = "Queues a background job; follow it at the Location given.",
            responses = {
                @ApiResponse(responseCode = "202", description = "Queued"),
                @ApiResponse(
                        responseCode = "400",
                        description = "The area or the dates are not right",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "A job is already under way for the area",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<OptimisationResponse> start(@RequestBody StartRequest request) {
        Caller caller = PlanningController.caller();
        Optimising.coordinator(caller);
        if (request.area() == null || request.area().isBlank()) {
            throw new Optimising.Refused(Optimising.Refusal.AREA_MISSING);
        }
        if (request.from() == null) {
            throw new Optimising.Refused(Optimising.Refusal.FROM_MISSING);
        }
        if (request.to() == null) {
            throw new Optimising.Refused(Optimising.Refusal.TO_MISSING);
        }
        UUID id = optimising.start(caller, request.area(), request.from(), request.to());
        Optimisation job = optimising.find(PlanningController.caller(), id);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/planning/optimisations/" + id))
                .body(OptimisationResponse.of(job, messages));
    }

    @GetMapping
    @Operation(summary = "Recent optimisations, newest first")
    List<OptimisationResponse> recent() {
        return optimising.recent(PlanningController.caller()).stream()
                .map(j -> OptimisationResponse.of(j, messages))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "An optimisation: status, progress and, once finished, the comparison")
    OptimisationResponse get(@PathVariable UUID id) {
        return OptimisationResponse.of(optimising.find(PlanningController.caller(), id), messages);
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary = "Apply the plan",
            description = "Re-staffs and moves the changed visits in one go and tells the people concerned.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Applied"),
                @ApiResponse(
                        responseCode = "409",
                        description = "Not finished, decided already, or the rota changed since: optimise again",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<Void> accept(@PathVariable UUID id) {
        optimising.accept(PlanningController.caller(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Set the plan aside; a running job stops")
    ResponseEntity<Void> discard(@PathVariable UUID id) {
        optimising.discard(PlanningController.caller(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(Optimising.Refused.class)
    ResponseEntity<ProblemDetail> refused(Optimising.Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                text("planning.error." + refused.refusal().name().toLowerCase(Locale.ROOT)));
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        refused.refusal().field(),
                        "message",
                        problem.getDetail() == null ? "" : problem.getDetail())));
        return problem(problem);
    }

    @ExceptionHandler(AlreadyOptimising.class)
    ResponseEntity<ProblemDetail> running(AlreadyOptimising running) {
        return problem(
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("planning.error.running", running.area())));
    }

    @ExceptionHandler(Optimising.NotDecidable.class)
    ResponseEntity<ProblemDetail> notDecidable() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("planning.error.notDecidable")));
    }

    @ExceptionHandler(RotaChanged.class)
    ResponseEntity<ProblemDetail> rotaChanged(RotaChanged changed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, changed.getMessage());
        problem.setProperty("visitId", changed.visitId());
        return problem(problem);
    }

    @ExceptionHandler(Optimising.NoSuchOptimisation.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("planning.error.notFound")));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
