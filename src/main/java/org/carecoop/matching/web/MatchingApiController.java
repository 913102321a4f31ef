package org.carecoop.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.Matchmaking;
import org.carecoop.matching.internal.Shortlist;
import org.carecoop.matching.internal.Shortlisting;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shortlists and interest through the JSON API (CH3): a person's ranked candidates with the reasons in
 * plain English, and a worker saying they are interested in a request near them.
 */
@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching")
class MatchingApiController {

    private final Matchmaking matchmaking;
    private final ShortlistViews views;
    private final MessageSource messages;

    MatchingApiController(Matchmaking matchmaking, ShortlistViews views, MessageSource messages) {
        this.matchmaking = matchmaking;
        this.views = views;
        this.messages = messages;
    }

    @Schema(description = "The parts of a candidate's score")
    record Scores(int practicalities, int interests, int outcomes, int continuity, int preferences) {}

    @Schema(description = "One reason for a match, in plain English")
    record ReasonJson(
            @Schema(description = "practicalities, interests, outcomes, continuity or preferences")
            String area,

            String text) {}

    @Schema(description = "A shortlisted candidate")
    record Candidate(
            UUID id,

            @Schema(description = "worker, volunteer, peer_supporter or activity")
            String kind,

            @Schema(description = "First name, or the activity's name")
            String name,

            @Nullable String district,
            int score,
            Scores scores,
            List<ReasonJson> reasons,
            boolean interested) {}

    @Schema(description = "A request's shortlist, best first")
    record ShortlistJson(UUID requestId, String title, List<Candidate> candidates) {}

    @GetMapping("/shortlist")
    @Operation(
            summary = "The shortlist of a request",
            description = "The caller's newest open request, or the request given (the person's own, someone "
                    + "acting for them, or a team member they let see plans and outcomes).",
            responses = {
                @ApiResponse(responseCode = "200", description = "The candidates, best first"),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such request, or no open request",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<?> shortlist(@RequestParam(name = "requestId", required = false) @Nullable String requestId) {
        Caller caller = Caller.current().orElseThrow();
        Optional<SupportRequest> request;
        if (requestId == null || requestId.isBlank()) {
            request = matchmaking.newestOpenRequest(caller, caller.accountId());
        } else {
            request = parse(requestId).flatMap(matchmaking::request);
        }
        if (request.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "api.shortlist.none");
        }
        SupportRequest r = request.get();
        Shortlist shortlist = matchmaking
                .shortlist(caller, r.personId(), r.id(), Shortlisting.DEFAULT_SIZE)
                .orElseThrow();
        List<Candidate> candidates = views.candidates(shortlist).stream()
                .map(c -> new Candidate(
                        c.id(),
                        c.kind(),
                        c.name(),
                        c.district(),
                        c.scores().total(),
                        new Scores(
                                c.scores().practicalities(),
                                c.scores().interests(),
                                c.scores().outcomes(),
                                c.scores().continuity(),
                                c.scores().preferences()),
                        c.areas().stream()
                                .flatMap(a -> a.texts().stream().map(t -> new ReasonJson(a.area(), t)))
                                .toList(),
                        c.interested()))
                .toList();
        return ResponseEntity.ok(new ShortlistJson(r.id(), r.title(), candidates));
    }

    @PostMapping("/requests/{requestId}/interest")
    @Operation(
            summary = "Say you are interested in a request near you (workers, volunteers, peer supporters)",
            description = "Saying it again changes nothing.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Recorded"),
                @ApiResponse(
                        responseCode = "404",
                        description = "The request is closed, not shared, or does not suit you",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    ResponseEntity<?> interested(@PathVariable String requestId) {
        Caller caller = Caller.current().orElseThrow();
        Optional<UUID> id = parse(requestId);
        if (id.isEmpty() || !matchmaking.interested(caller, id.get())) {
            return problem(HttpStatus.NOT_FOUND, "api.interest.refused");
        }
        return ResponseEntity.noContent().build();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, Locale.UK));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
