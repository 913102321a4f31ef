package org.carecoop.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.Arrangements;
import org.carecoop.matching.internal.Introduction;
import org.carecoop.matching.internal.IntroductionException;
import org.carecoop.matching.internal.IntroductionState;
import org.carecoop.matching.internal.IntroductionState.Decision;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Introductions over the JSON API (CH4): inviting a worker from a request, reading where an
 * introduction stands (the caller's own decision only, never the other side's), the worker's answer,
 * the trial session, each side's decision, messages, and ending an arrangement. Who may comes first
 * (403), then what was sent (400 with each field's problem), then whether it can be done now (409).
 */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Introductions")
class IntroductionApiController {

    private final Introductions introductions;
    private final Arrangements arrangements;
    private final Requests requests;
    private final RequestAccess access;
    private final MessageSource messages;
    private final ZoneId zone;

    IntroductionApiController(
            Introductions introductions,
            Arrangements arrangements,
            Requests requests,
            RequestAccess access,
            MessageSource messages,
            Clock clock) {
        this.introductions = introductions;
        this.arrangements = arrangements;
        this.requests = requests;
        this.access = access;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @Schema(description = "The worker to invite to meet")
    record InvitationRequest(
            @Schema(description = "The account id of a care worker, volunteer or peer supporter")
            @NotNull(message = "{introductions.api.workerId.required}")
            UUID workerId) {}

    @Schema(description = "The worker's answer to an invitation")
    record AnswerRequest(
            @Schema(
                    description = "accept or decline",
                    allowableValues = {"accept", "decline"})
            @NotNull(message = "{introductions.api.answer.required}")
            @Pattern(regexp = "accept|decline", message = "{introductions.api.answer.required}")
            String answer) {}

    @Schema(description = "When the trial session is")
    record TrialRequest(
            @Schema(description = "When it starts (ISO-8601 instant), in the future", example = "2026-12-01T14:00:00Z")
            @NotNull(message = "{introductions.api.start.required}")
            Instant start,

            @Schema(description = "When it ends (ISO-8601 instant), after the start", example = "2026-12-01T15:00:00Z")
            @NotNull(message = "{introductions.api.end.required}")
            Instant end) {}

    @Schema(description = "One side's private decision after the trial has started")
    record DecisionRequest(
            @Schema(
                    description = "continue or end",
                    allowableValues = {"continue", "end"})
            @NotNull(message = "{introductions.api.decision.required}")
            @Pattern(regexp = "continue|end", message = "{introductions.api.decision.required}")
            String decision) {}

    @Schema(description = "A message to the other side")
    record MessageRequest(
            @Schema(description = "Plain text, at most 2,000 characters")
            @NotBlank(message = "{introductions.api.text.required}")
            @Size(max = Introductions.MESSAGE_MAX, message = "{introductions.api.text.size}")
            @PlainText
            String text) {}

    @Schema(description = "Ending an arrangement")
    record EndRequest(
            @Schema(description = "Whether the side ending it asks not to be matched with the other again") @Nullable
            Boolean dontMatchAgain) {}

    @Schema(description = "The trial session")
    record TrialResponse(Instant start, Instant end) {}

    /**
     * @param side which side the caller is on: {@code person} or {@code worker}
     * @param status {@code invited}, {@code declined}, {@code accepted}, {@code trial_arranged},
     *     {@code continuing} or {@code ended}
     * @param myDecision the caller's own decision ({@code continue} or {@code end}), never the other side's
     */
    @Schema(description = "An introduction as one side sees it")
    record IntroductionResponse(
            UUID id,
            @Nullable UUID requestId,
            String side,
            String otherFirstName,
            String status,
            @Nullable TrialResponse trial,
            @Nullable String myDecision,
            @Nullable UUID arrangementId) {}

    @Schema(description = "A message sent")
    record MessageResponse(UUID introductionId, String text) {}

    @Schema(description = "An arrangement")
    record ArrangementResponse(
            UUID id,
            UUID personId,
            UUID workerId,
            Instant startedAt,
            @Nullable Instant endedAt) {}

    @PostMapping("/requests/{requestId}/invitations")
    @Operation(
            summary = "Invite a worker to meet",
            description = "For the person or whoever may act for them. 409 when the two already have an "
                    + "introduction in progress or an arrangement, one asked not to be matched again, or "
                    + "the request is closed.")
    ResponseEntity<?> invite(
            @PathVariable String requestId, @Valid @RequestBody InvitationRequest body, BindingResult errors) {
        Caller caller = caller();
        SupportRequest request = requests.find(IntroductionController.id(requestId))
                .orElseThrow(() -> new IntroductionException(IntroductionException.Reason.NOT_FOUND));
        if (!access.mayAct(caller, request.personId())) {
            throw new AccessDeniedException("may not act for this person");
        }
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        UUID id = introductions.invite(caller, request.personId(), request.id(), body.workerId());
        return ResponseEntity.created(URI.create("/api/v1/matching/introductions/" + id))
                .body(view(caller, id));
    }

    @GetMapping("/introductions/{id}")
    @Operation(
            summary = "Where an introduction stands",
            description = "For the worker and whoever may read the person's plans. Only the caller's own "
                    + "decision is shown; nobody learns the other side's.")
    IntroductionResponse get(@PathVariable String id) {
        return view(caller(), IntroductionController.id(id));
    }

    @PostMapping("/introductions/{id}/response")
    @Operation(summary = "The worker accepts or declines the invitation")
    ResponseEntity<?> respond(@PathVariable String id, @Valid @RequestBody AnswerRequest body, BindingResult errors) {
        Caller caller = caller();
        Introduction intro = actable(caller, id);
        if (!caller.accountId().equals(intro.workerId())) {
            throw new AccessDeniedException("only the worker invited answers");
        }
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        introductions.respond(caller, intro.id(), body.answer().equals("accept"));
        return ResponseEntity.ok(view(caller, intro.id()));
    }

    @PostMapping("/introductions/{id}/trial")
    @Operation(
            summary = "Set or move the trial session",
            description = "Books it as a visit to the person by the worker. 409 when the worker is booked "
                    + "for another visit then, or the introduction is not at that stage.")
    ResponseEntity<?> trial(@PathVariable String id, @Valid @RequestBody TrialRequest body, BindingResult errors) {
        Caller caller = caller();
        Introduction intro = actable(caller, id);
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        introductions.arrangeTrial(caller, intro.id(), body.start(), body.end());
        return ResponseEntity.ok(view(caller, intro.id()));
    }

    @PostMapping("/introductions/{id}/decision")
    @Operation(
            summary = "Say privately whether to carry on after the trial",
            description = "Final once made. 409 before the trial has started or for a second decision.")
    ResponseEntity<?> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest body, BindingResult errors) {
        Caller caller = caller();
        Introduction intro = actable(caller, id);
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        introductions.decide(caller, intro.id(), Decision.ofCode(body.decision()));
        return ResponseEntity.ok(view(caller, intro.id()));
    }

    @PostMapping("/introductions/{id}/messages")
    @Operation(summary = "Send a message to the other side")
    ResponseEntity<?> message(@PathVariable String id, @Valid @RequestBody MessageRequest body, BindingResult errors) {
        Caller caller = caller();
        Introduction intro = actable(caller, id);
        if (errors.hasErrors()) {
            return invalid(errors);
        }
        String text = body.text().strip();
        introductions.postMessage(caller, intro.id(), text);
        return ResponseEntity.status(HttpStatus.CREATED).body(new MessageResponse(intro.id(), text));
    }

    @PostMapping("/arrangements/{id}/end")
    @Operation(
            summary = "End an arrangement (no fault, no blame)",
            description = "By either side. 409 when it has ended already.")
    ArrangementResponse end(@PathVariable String id, @RequestBody(required = false) @Nullable EndRequest body) {
        Caller caller = caller();
        Arrangement arrangement = arrangements
                .find(IntroductionController.id(id))
                .orElseThrow(() -> new IntroductionException(IntroductionException.Reason.NOT_FOUND));
        arrangements.sideOf(caller, arrangement);
        boolean dontMatchAgain = body != null && Boolean.TRUE.equals(body.dontMatchAgain());
        arrangements.end(caller, arrangement.id(), dontMatchAgain);
        Arrangement ended = arrangements.find(arrangement.id()).orElseThrow();
        return new ArrangementResponse(
                ended.id(), ended.personId(), ended.workerId(), ended.startedAt(), ended.endedAt());
    }

    @ExceptionHandler(IntroductionException.class)
    ResponseEntity<ProblemDetail> refused(IntroductionException e) {
        String message = text("introductions.refused." + e.reason().key());
        return switch (e.reason()) {
            case NOT_FOUND -> problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message));
            case SELF, NOT_A_WORKER -> fieldProblem("workerId", message);
            case TRIAL_IN_PAST -> fieldProblem("start", message);
            case TRIAL_END_NOT_AFTER_START -> fieldProblem("end", message);
            default -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
                problem.setTitle("Not possible now");
                problem.setProperty("reason", e.reason().key());
                yield problem(problem);
            }
        };
    }

    @ExceptionHandler(VisitClash.class)
    ResponseEntity<ProblemDetail> clash(VisitClash clash) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                text(
                        "introductions.trial.clash",
                        clash.workerName(),
                        IntroductionController.TIME.format(clash.clashStart().atZone(zone)),
                        IntroductionController.TIME.format(clash.clashEnd().atZone(zone)),
                        IntroductionController.DATE.format(clash.clashStart().atZone(zone))));
        problem.setTitle("Worker already booked");
        return problem(problem);
    }

    @ExceptionHandler(VisitException.class)
    ResponseEntity<ProblemDetail> tooLong(VisitException e) {
        return fieldProblem("end", text("introductions.trial.tooLong"));
    }

    /** The introduction, which the caller may act on (the worker, or someone acting for the person). */
    private Introduction actable(Caller caller, String id) {
        Introduction intro =
                introductions.view(caller, IntroductionController.id(id)).introduction();
        if (!introductions.mayActFor(caller, intro)) {
            throw new AccessDeniedException("may not act on this introduction");
        }
        return intro;
    }

    private IntroductionResponse view(Caller caller, UUID id) {
        Introductions.Seen seen = introductions.view(caller, id);
        Introduction intro = seen.introduction();
        IntroductionState state = intro.state();
        Side side = seen.side();
        UUID other = side == Side.PERSON ? intro.workerId() : intro.personId();
        Decision mine = state.decisionOf(side);
        return new IntroductionResponse(
                intro.id(),
                intro.requestId(),
                side.name().toLowerCase(Locale.ROOT),
                IntroductionController.firstName(introductions.name(other)),
                state.status().code(),
                state.trialStart() == null || state.trialEnd() == null
                        ? null
                        : new TrialResponse(state.trialStart(), state.trialEnd()),
                mine == null ? null : mine.code(),
                intro.arrangementId());
    }

    private ResponseEntity<ProblemDetail> invalid(BindingResult errors) {
        List<Map<String, String>> fields = errors.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, Locale.UK)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", fields);
        return problem(problem);
    }

    private ResponseEntity<ProblemDetail> fieldProblem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
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

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
