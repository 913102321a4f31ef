package org.carecoop.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Kind;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Prefers;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.matching.internal.RequestService;
import org.carecoop.people.FreeText;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support requests through the JSON API (CH3), with the same rules as the pages: the person, someone
 * they let change their plans and outcomes, or a co-ordinator acting for them. A request names its
 * times as windows of whole hours in the co-op's zone ({@code {"day": "SATURDAY", "from": "10:00",
 * "to": "16:00"}}) for a weekly request, or a start and end instant for a one-off.
 */
@RestController
@RequestMapping("/api/v1/matching/requests")
@Tag(name = "Support requests")
class RequestsApiController {

    private final RequestService requests;
    private final MessageSource messages;
    private final ZoneId zone;
    private final java.time.Clock clock;

    RequestsApiController(RequestService requests, MessageSource messages, java.time.Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Schema(description = "Whole hours on one day of the week, in the co-op's time zone")
    record WindowJson(
            @Schema(example = "SATURDAY") String day,
            @Schema(example = "10:00") String from,

            @Schema(description = "After from; 24:00 for midnight", example = "16:00")
            String to) {}

    @Schema(description = "A preference about the worker")
    record PreferenceJson(
            @Schema(description = "skill, gender, language, drives or condition_experience")
            String kind,

            @Schema(description = "A Skill, Gender or Condition name, a language, or empty for drives")
            String value,

            @Schema(description = "must or would_like") String strength) {}

    @Schema(description = "A support request to make")
    record RequestJson(
            @Schema(description = "The person it is for; the caller when left out") @Nullable
            UUID personId,

            @NotBlank(message = "{requests.api.title.required}")
            @Size(max = SupportRequest.TITLE_MAX, message = "{requests.title.size}")
            @PlainText
            String title,

            @Size(max = SupportRequest.DETAILS_MAX, message = "{requests.details.size}") @PlainText @Nullable
            String details,

            @Schema(description = "weekly or one_off") @NotBlank(message = "{requests.api.kind.required}")
            String kind,

            @Schema(description = "For a weekly request")
            @Size(max = 14, message = "{requests.api.times.size}")
            @Nullable
            List<WindowJson> times,

            @Schema(description = "For a weekly request: hours a week, within the times") @Nullable
            Integer hoursWanted,

            @Schema(description = "For a one-off: when it starts") @Nullable
            Instant start,

            @Schema(description = "For a one-off: when it ends, the same day") @Nullable
            Instant end,

            @Schema(description = "Skill names") @Size(max = 40, message = "{requests.tasks.unknown}") @Nullable
            List<String> tasks,

            @Schema(description = "OutcomeSought names")
            @Size(max = 20, message = "{requests.outcomes.unknown}")
            @Nullable
            List<String> outcomes,

            @Size(max = SupportRequest.INTERESTS_MAX, message = "{requests.api.interests.size}") @PlainText @Nullable
            List<String> interests,

            @Size(max = SupportRequest.PREFERENCES_MAX, message = "{requests.api.preferences.size}") @Nullable
            List<PreferenceJson> preferences,

            @Schema(description = "worker, peer_supporter or activity; worker when left out") @Nullable
            String prefers,

            @Schema(description = "Whether suitable workers nearby may see a summary; true when left out") @Nullable
            Boolean sharedWithWorkers) {}

    @Schema(description = "A support request")
    record RequestResponse(
            UUID id,
            UUID personId,
            String status,
            String title,
            String details,
            String kind,
            List<WindowJson> times,
            int hoursWanted,
            @Nullable Instant start,
            @Nullable Instant end,
            List<String> tasks,
            List<String> outcomes,
            List<String> interests,
            List<PreferenceJson> preferences,
            String prefers,
            boolean sharedWithWorkers,
            @Nullable String district,
            Instant createdAt) {}

    /** One invalid field. */
    record FieldProblem(String field, String message) {}

    @PostMapping
    @Operation(summary = "Make a support request", description = "201 with its address and the request.")
    ResponseEntity<?> create(@Valid @RequestBody RequestJson body, BindingResult errors) {
        Caller caller = Caller.current().orElseThrow();
        UUID personId = body.personId() == null ? caller.accountId() : body.personId();
        // Who may act comes before what they sent: others learn nothing from a validation message.
        requests.startingPoint(caller, personId);
        List<FieldProblem> problems = new ArrayList<>();
        errors.getFieldErrors()
                .forEach(e -> problems.add(new FieldProblem(e.getField(), messages.getMessage(e, Locale.UK))));
        Optional<RequestDraft> draft = draft(body, problems);
        if (!problems.isEmpty() || draft.isEmpty()) {
            return invalid(problems);
        }
        SupportRequest created = requests.create(caller, personId, draft.get());
        return ResponseEntity.created(URI.create("/api/v1/matching/requests/" + created.id()))
                .body(response(created));
    }

    @GetMapping
    @Operation(summary = "A person's support requests, open ones first (the caller's when personId is left out)")
    List<RequestResponse> list(@RequestParam(required = false) @Nullable UUID personId) {
        Caller caller = Caller.current().orElseThrow();
        return requests.list(caller, personId == null ? caller.accountId() : personId).stream()
                .map(this::response)
                .toList();
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "One support request")
    RequestResponse read(@PathVariable UUID requestId) {
        Caller caller = Caller.current().orElseThrow();
        UUID personId = requests.personOf(requestId).orElseThrow(() -> notFound(requestId));
        return response(requests.read(caller, personId, requestId));
    }

    @PostMapping("/{requestId}/close")
    @Operation(summary = "Close a support request; closing it again changes nothing")
    RequestResponse close(@PathVariable UUID requestId) {
        Caller caller = Caller.current().orElseThrow();
        UUID personId = requests.personOf(requestId).orElseThrow(() -> notFound(requestId));
        return response(requests.close(caller, personId, requestId));
    }

    @ExceptionHandler(RequestService.RequestNotFound.class)
    ResponseEntity<ProblemDetail> notFound(RequestService.RequestNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("requests.api.notFound"));
        problem.setTitle("No such request");
        return problem(problem);
    }

    private static RequestService.RequestNotFound notFound(UUID requestId) {
        return new RequestService.RequestNotFound(requestId);
    }

    private Optional<RequestDraft> draft(RequestJson body, List<FieldProblem> problems) {
        Kind kind = body.kind() == null ? null : code(Kind.class, body.kind()).orElse(null);
        if (kind == null && body.kind() != null && !body.kind().isBlank()) {
            problems.add(problem("kind", "requests.api.kind.required"));
        }
        WeeklyPattern times = WeeklyPattern.empty();
        int hours = 0;
        if (kind == Kind.WEEKLY) {
            times = windows(body.times(), problems);
            if (body.start() != null || body.end() != null) {
                problems.add(problem("start", "requests.api.start.weekly"));
            }
            if (body.hoursWanted() == null || body.hoursWanted() < 1) {
                problems.add(problem("hoursWanted", "requests.hoursWanted.required"));
            } else if (!times.isEmpty() && body.hoursWanted() > times.hours()) {
                problems.add(new FieldProblem("hoursWanted", text("requests.hoursWanted.tooMany", times.hours())));
            } else {
                hours = body.hoursWanted();
            }
        } else if (kind == Kind.ONE_OFF) {
            if (body.start() == null) {
                problems.add(problem("start", "requests.api.start.required"));
            } else if (!body.start().isAfter(clock.instant())) {
                problems.add(problem("start", "requests.date.future"));
            }
            if (body.end() == null) {
                problems.add(problem("end", "requests.api.end.required"));
            } else if (body.start() != null && !body.end().isAfter(body.start())) {
                problems.add(problem("end", "requests.endTime.order"));
            } else if (body.start() != null
                    && !body.end()
                            .atZone(zone)
                            .toLocalDate()
                            .equals(body.start().atZone(zone).toLocalDate())
                    && !body.end().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                problems.add(problem("end", "requests.api.end.sameDay"));
            }
            if (problems.isEmpty() && body.start() != null && body.end() != null) {
                times = WeeklyPattern.touchedBy(body.start(), body.end(), zone);
                long minutes =
                        java.time.Duration.between(body.start(), body.end()).toMinutes();
                hours = (int) Math.min((minutes + 59) / 60, times.hours());
            }
        }
        Set<Skill> tasks = names(Skill.class, body.tasks(), "tasks", "requests.tasks.unknown", problems);
        tasks.stream()
                .filter(t -> !RequestFormReader.TASKS.contains(t))
                .findFirst()
                .ifPresent(t -> problems.add(problem("tasks", "requests.tasks.unknown")));
        Set<OutcomeSought> outcomes =
                names(OutcomeSought.class, body.outcomes(), "outcomes", "requests.outcomes.unknown", problems);
        List<String> interests = List.of();
        try {
            interests = FreeText.interests(
                    body.interests() == null ? List.of() : body.interests(), SupportRequest.INTERESTS_MAX, "Interests");
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(
                    "interests", text("requests.interests.words", SupportRequest.INTERESTS_MAX, FreeText.WORD_MAX)));
        }
        List<Preference> preferences = preferences(body.preferences(), problems);
        Prefers prefers = body.prefers() == null
                ? Prefers.WORKER
                : code(Prefers.class, body.prefers()).orElse(null);
        if (prefers == null) {
            problems.add(problem("prefers", "requests.api.prefers.unknown"));
        }
        if (!problems.isEmpty() || kind == null || prefers == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RequestDraft(
                    body.title(),
                    body.details() == null ? "" : body.details(),
                    kind,
                    times,
                    hours,
                    kind == Kind.ONE_OFF ? body.start() : null,
                    kind == Kind.ONE_OFF ? body.end() : null,
                    tasks,
                    outcomes,
                    interests,
                    prefers,
                    body.sharedWithWorkers() == null || body.sharedWithWorkers(),
                    preferences));
        } catch (IllegalArgumentException e) {
            problems.add(problem("preferences", "requests.api.preferences.invalid"));
            return Optional.empty();
        }
    }

    private WeeklyPattern windows(@Nullable List<WindowJson> windows, List<FieldProblem> problems) {
        if (windows == null || windows.isEmpty()) {
            problems.add(problem("times", "requests.times.required"));
            return WeeklyPattern.empty();
        }
        List<Window> read = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            WindowJson w = windows.get(i);
            String field = "times[" + i + "]";
            try {
                DayOfWeek day =
                        DayOfWeek.valueOf(String.valueOf(w.day()).strip().toUpperCase(Locale.ROOT));
                LocalTime from = LocalTime.parse(String.valueOf(w.from()).strip());
                String toText = String.valueOf(w.to()).strip();
                LocalTime to = "24:00".equals(toText) ? LocalTime.MIDNIGHT : LocalTime.parse(toText);
                read.add(new Window(day, from, to));
            } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
                problems.add(problem(field, "requests.api.times.window"));
            }
        }
        return WeeklyPattern.of(read);
    }

    private List<Preference> preferences(@Nullable List<PreferenceJson> given, List<FieldProblem> problems) {
        List<Preference> preferences = new ArrayList<>();
        if (given == null) {
            return preferences;
        }
        for (int i = 0; i < given.size(); i++) {
            PreferenceJson p = given.get(i);
            Optional<PreferenceKind> kind = code(PreferenceKind.class, String.valueOf(p.kind()));
            Optional<Strength> strength = code(Strength.class, String.valueOf(p.strength()));
            String value = p.value() == null ? "" : p.value().strip();
            Optional<String> checked = kind.flatMap(k -> value(k, value));
            if (kind.isEmpty() || strength.isEmpty() || checked.isEmpty()) {
                problems.add(problem("preferences[" + i + "]", "requests.api.preferences.invalid"));
            } else {
                preferences.add(new Preference(kind.get(), checked.get(), strength.get()));
            }
        }
        return preferences;
    }

    /** The value a preference of this kind holds, checked and in its stored form. */
    private static Optional<String> value(PreferenceKind kind, String value) {
        return switch (kind) {
            case DRIVES -> value.isEmpty() ? Optional.of("") : Optional.empty();
            case SKILL ->
                RequestFormReader.choice(Skill.class, value)
                        .filter(RequestFormReader.TASKS::contains)
                        .map(Enum::name);
            case GENDER ->
                RequestFormReader.choice(org.carecoop.people.Gender.class, value)
                        .filter(g -> g != org.carecoop.people.Gender.NOT_SAID)
                        .map(Enum::name);
            case CONDITION_EXPERIENCE ->
                RequestFormReader.choice(org.carecoop.people.Condition.class, value)
                        .map(Enum::name);
            case LANGUAGE -> {
                try {
                    List<String> words = FreeText.languages(List.of(value), 1, "Language");
                    yield words.size() == 1 ? Optional.of(words.get(0)) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    yield Optional.empty();
                }
            }
        };
    }

    private <E extends Enum<E>> Set<E> names(
            Class<E> type, @Nullable List<String> names, String field, String key, List<FieldProblem> problems) {
        Set<E> values = EnumSet.noneOf(type);
        if (names == null) {
            return values;
        }
        for (String name : names) {
            Optional<E> value = RequestFormReader.choice(type, String.valueOf(name));
            if (value.isEmpty()) {
                problems.add(problem(field, key));
                return values;
            }
            values.add(value.get());
        }
        return values;
    }

    private static <E extends Enum<E>> Optional<E> code(Class<E> type, String code) {
        return RequestFormReader.choice(type, code.strip().toUpperCase(Locale.ROOT));
    }

    private RequestResponse response(SupportRequest r) {
        return new RequestResponse(
                r.id(),
                r.personId(),
                r.status().name().toLowerCase(Locale.ROOT),
                r.title(),
                r.details(),
                r.kind().name().toLowerCase(Locale.ROOT),
                r.kind() == Kind.WEEKLY
                        ? r.times().windows().stream()
                                .map(w -> new WindowJson(
                                        w.day().name(),
                                        Texts.TIME.format(w.start()),
                                        w.end().equals(LocalTime.MIDNIGHT) ? "24:00" : Texts.TIME.format(w.end())))
                                .toList()
                        : List.of(),
                r.hoursWanted(),
                r.oneOffStart(),
                r.oneOffEnd(),
                r.tasks().stream().map(Enum::name).toList(),
                r.outcomes().stream().map(Enum::name).toList(),
                r.interests(),
                r.preferences().stream()
                        .map(p -> new PreferenceJson(
                                p.kind().name().toLowerCase(Locale.ROOT),
                                p.value(),
                                p.strength().name().toLowerCase(Locale.ROOT)))
                        .toList(),
                r.prefers().name().toLowerCase(Locale.ROOT),
                r.sharedWithWorkers(),
                r.district(),
                r.createdAt());
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem(field, text(key));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return problem(problem);
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
