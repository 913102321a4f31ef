package org.carecoop.rota.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.Cover;
import org.carecoop.rota.internal.Cover.CoverRefused;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cover offers through the JSON API (CO4), for workers' apps: list, accept (first wins), decline. */
@RestController
@RequestMapping("/api/v1/cover")
@Tag(name = "Cover")
class CoverApiController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final Cover cover;
    private final MessageSource messages;

    CoverApiController(Cover cover, MessageSource messages) {
        this.cover = cover;
        this.messages = messages;
    }

    @Schema(description = "A visit offered to the caller as cover")
    record OfferResponse(
            UUID id,
            UUID visitId,
            UUID personId,
            String personName,
            String absentWorkerName,
            Instant start,
            Instant end,

            @Schema(description = "open, filled, escalated or withdrawn")
            String status,

            @Schema(description = "The caller's answer: accepted, declined, taken, busy; null while unanswered")
            @Nullable
            String answer) {}

    @GetMapping("/offers")
    @Operation(summary = "The caller's cover offers", description = "Open offers, and those answered in the last week.")
    List<OfferResponse> offers() {
        Caller worker = CoverController.worker();
        return cover.offersFor(worker.accountId()).stream()
                .map(o -> new OfferResponse(
                        o.request().id(),
                        o.request().visitId(),
                        o.request().personId(),
                        o.request().personName(),
                        o.request().absentWorkerName(),
                        o.request().start(),
                        o.request().end(),
                        o.request().status(),
                        o.answer()))
                .toList();
    }

    @PostMapping("/offers/{id}/accept")
    @Operation(
            summary = "Take the visit",
            description = "The first worker to accept gets the visit; later ones get 409.",
            responses = {
                @ApiResponse(responseCode = "204", description = "The visit is yours"),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such offer to the caller",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "409",
                        description = "Taken by someone else, started, or the caller is busy then",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<Void> accept(@PathVariable UUID id) {
        cover.accept(CoverController.worker(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/offers/{id}/decline")
    @Operation(summary = "Say no to an offer")
    ResponseEntity<Void> decline(@PathVariable UUID id) {
        cover.decline(CoverController.worker(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(CoverRefused.class)
    ResponseEntity<ProblemDetail> refused(CoverRefused refused) {
        HttpStatus status = refused.refusal() == Cover.Refusal.NO_OFFER ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                messages.getMessage(
                        "cover.refused." + refused.refusal().name().toLowerCase(Locale.ROOT), null, Locale.UK));
        problem.setProperty("reason", refused.refusal().name());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
