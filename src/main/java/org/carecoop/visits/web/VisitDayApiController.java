package org.carecoop.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitDayApi.Attendance;
import org.carecoop.visits.VisitDayApi.Refusal;
import org.carecoop.visits.VisitException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The day of a visit through the JSON API, for the workers booked on it (a phone app): "on my way"
 * with an expected arrival, check-in and check-out with an optional time and location, ticking off
 * tasks, and planned versus actual (also for co-ordinators). Errors are problem+json: 404 for an
 * unknown visit or task, 403 for anyone else, 409 when the visit's state does not allow it, 400 with
 * each field's problem otherwise.
 */
@RestController
@RequestMapping("/api/v1/visits/{id}")
@Tag(name = "Visits on the day")
class VisitDayApiController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final VisitDayApi day;
    private final MessageSource messages;
    private final Clock clock;

    VisitDayApiController(VisitDayApi day, MessageSource messages, Clock clock) {
        this.day = day;
        this.messages = messages;
        this.clock = clock;
    }

    @Schema(description = "Where the worker is, if they choose to share it: both or neither")
    record LocationRequest(
            @Schema(description = "Latitude in degrees (WGS84)", example = "53.7421") @Nullable
            Double lat,

            @Schema(description = "Longitude in degrees (WGS84)", example = "-2.0139") @Nullable
            Double lng) {}

    @Schema(description = "A check-in")
    record CheckInRequest(
            @Schema(description = "When (ISO-8601 instant); now when left out") @Nullable
            Instant at,

            @Nullable Double lat,
            @Nullable Double lng) {}

    @Schema(description = "A check-out")
    record CheckOutRequest(
            @Schema(description = "When (ISO-8601 instant); now when left out") @Nullable
            Instant at,

            @Nullable Double lat,
            @Nullable Double lng,

            @Schema(description = "A note about the visit, up to 500 characters") @Nullable
            String note,

            @Schema(description = "Why tasks not done were not done; required when there are any") @Nullable
            String notDoneReason) {}

    @Schema(description = "Ticking a task off")
    record TaskDoneRequest(
            @Schema(description = "An optional note, up to 500 characters") @Nullable
            String note) {}

    @Schema(description = "When the worker is expected")
    record EtaResponse(
            UUID visitId,

            @Schema(description = "Absent when it could not be worked out") @Nullable
            Instant expectedArrival,

            long delayMinutes,

            @Schema(description = "shared, previous_visit, home or unknown")
            String origin) {}

    @Schema(description = "One worker's planned versus actual")
    record WorkerTimes(
            UUID workerId,
            String name,
            @Nullable Instant expectedArrival,
            @Nullable Instant checkedIn,
            @Nullable Instant checkedOut,
            String checkOutNote) {}

    @Schema(description = "A correction a co-ordinator made")
    record CorrectionView(
            UUID workerId,
            @Nullable Instant previousCheckIn,
            @Nullable Instant previousCheckOut,
            Instant checkIn,
            @Nullable Instant checkOut,
            String reason,
            String correctedBy,
            Instant correctedAt) {}

    @Schema(description = "A task on the visit")
    record TaskView(
            UUID id,
            String description,
            boolean done,
            @Nullable UUID doneBy,
            @Nullable Instant doneAt,
            String note,
            @Nullable String notDoneReason) {}

    @Schema(description = "A visit's planned and actual times, corrections and tasks")
    record AttendanceView(
            UUID visitId,
            UUID personId,
            String status,
            Instant plannedStart,
            Instant plannedEnd,
            List<WorkerTimes> workers,
            List<CorrectionView> corrections,
            List<TaskView> tasks) {}

    @PostMapping("/on-my-way")
    @Operation(
            summary = "Say you are on your way (booked workers)",
            description = "Works out when you will arrive from the location given, or your previous visit "
                    + "today, or your home. If that is more than the late threshold after the start, the "
                    + "person is told you are running late.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The expected arrival"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is not right",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "403",
                        description = "Not booked for this visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "409",
                        description = "Cancelled, completed or checked in",
                        content = @Content(mediaType = PROBLEM))
            })
    ResponseEntity<?> onMyWay(@PathVariable UUID id, @RequestBody(required = false) @Nullable LocationRequest request) {
        Caller caller = Caller.current().orElseThrow();
        LocationRequest body = request == null ? new LocationRequest(null, null) : request;
        List<Map<String, String>> errors = new ArrayList<>();
        GeoPoint from = point(body.lat(), body.lng(), errors);
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        VisitDayApi.Eta eta = day.onMyWay(caller, id, from);
        return ResponseEntity.ok(new EtaResponse(
                id,
                eta.expectedArrival().orElse(null),
                eta.delayMinutes(),
                eta.origin().code()));
    }

    @PostMapping("/check-in")
    @Operation(
            summary = "Check in (booked workers)",
            description = "From 2 hours before the start; not in the future.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Checked in: planned versus actual"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is not right",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "403",
                        description = "Not booked for this visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "409",
                        description = "Cancelled, completed or checked in already",
                        content = @Content(mediaType = PROBLEM))
            })
    ResponseEntity<?> checkIn(@PathVariable UUID id, @RequestBody(required = false) @Nullable CheckInRequest request) {
        Caller caller = Caller.current().orElseThrow();
        CheckInRequest body = request == null ? new CheckInRequest(null, null, null) : request;
        List<Map<String, String>> errors = new ArrayList<>();
        GeoPoint where = point(body.lat(), body.lng(), errors);
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        day.checkIn(caller, id, body.at() == null ? clock.instant() : body.at(), where);
        return ResponseEntity.ok(view(day.attendance(id)));
    }

    @PostMapping("/check-out")
    @Operation(
            summary = "Check out (booked workers)",
            description = "After your check-in and the planned start; not in the future. Tasks not done "
                    + "need notDoneReason. The visit is completed when its last worker checks out.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Checked out: planned versus actual"),
                @ApiResponse(
                        responseCode = "400",
                        description = "A value is not right",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "403",
                        description = "Not booked for this visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "409",
                        description = "Not checked in, or checked out already",
                        content = @Content(mediaType = PROBLEM))
            })
    ResponseEntity<?> checkOut(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable CheckOutRequest request) {
        Caller caller = Caller.current().orElseThrow();
        CheckOutRequest body = request == null ? new CheckOutRequest(null, null, null, null, null) : request;
        List<Map<String, String>> errors = new ArrayList<>();
        GeoPoint where = point(body.lat(), body.lng(), errors);
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        day.checkOut(
                caller,
                id,
                body.at() == null ? clock.instant() : body.at(),
                where,
                body.note() == null ? "" : body.note(),
                body.notDoneReason() == null ? "" : body.notDoneReason());
        return ResponseEntity.ok(view(day.attendance(id)));
    }

    @GetMapping("/attendance")
    @Operation(
            summary = "Planned versus actual (booked workers and co-ordinators)",
            responses = {
                @ApiResponse(responseCode = "200", description = "Planned and actual times, corrections and tasks"),
                @ApiResponse(
                        responseCode = "403",
                        description = "Not booked for this visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such visit",
                        content = @Content(mediaType = PROBLEM))
            })
    AttendanceView attendance(@PathVariable UUID id) {
        Caller caller = Caller.current().orElseThrow();
        Attendance attendance = day.attendance(id);
        boolean coordinator = caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
        if (!coordinator && !day.bookedFor(caller, id)) {
            throw new AccessDeniedException("only the visit's workers and co-ordinators see it");
        }
        return view(attendance);
    }

    @PostMapping("/tasks/{taskId}/done")
    @Operation(
            summary = "Tick a task off (booked workers, once checked in)",
            responses = {
                @ApiResponse(responseCode = "200", description = "The task, done"),
                @ApiResponse(
                        responseCode = "400",
                        description = "The note is not right",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "403",
                        description = "Not booked for this visit",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "404",
                        description = "No such visit or task",
                        content = @Content(mediaType = PROBLEM)),
                @ApiResponse(
                        responseCode = "409",
                        description = "Not checked in, or the visit is over",
                        content = @Content(mediaType = PROBLEM))
            })
    TaskView taskDone(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @RequestBody(required = false) @Nullable TaskDoneRequest request) {
        Caller caller = Caller.current().orElseThrow();
        day.taskDone(caller, id, taskId, request == null || request.note() == null ? "" : request.note());
        return day.tasks(id).stream()
                .filter(t -> t.id().equals(taskId))
                .map(VisitDayApiController::view)
                .findFirst()
                .orElseThrow();
    }

    @ExceptionHandler(VisitException.class)
    ResponseEntity<ProblemDetail> notFound(VisitException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", text("visitDay.api.notFound"));
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        String message = text("visitDay.refused." + refusal.code());
        return switch (refusal.reason()) {
            case NO_SUCH_TASK -> problem(HttpStatus.NOT_FOUND, "Not found", message);
            case NOT_BOOKED, ALREADY_CHECKED_IN, ALREADY_CHECKED_OUT, NOT_CHECKED_IN ->
                problem(HttpStatus.CONFLICT, "Not possible now", message);
            case REASON_FOR_UNDONE_TASKS -> invalid(List.of(Map.of("field", "notDoneReason", "message", message)));
            case TEXT_NOT_VALID -> invalid(List.of(Map.of("field", "note", "message", message)));
            default -> invalid(List.of(Map.of("field", "at", "message", message)));
        };
    }

    /** The point given, null when neither part was; a problem added when only one was or it is off the earth. */
    private @Nullable GeoPoint point(@Nullable Double lat, @Nullable Double lng, List<Map<String, String>> errors) {
        if (lat == null && lng == null) {
            return null;
        }
        if (lat == null || lng == null) {
            errors.add(Map.of("field", lat == null ? "lat" : "lng", "message", text("visitDay.api.location.both")));
            return null;
        }
        if (!(lat >= -90 && lat <= 90)) {
            errors.add(Map.of("field", "lat", "message", text("visitDay.api.lat.range")));
        }
        if (!(lng >= -180 && lng <= 180)) {
            errors.add(Map.of("field", "lng", "message", text("visitDay.api.lng.range")));
        }
        return errors.isEmpty() ? new GeoPoint(lat, lng) : null;
    }

    private AttendanceView view(Attendance a) {
        return new AttendanceView(
                a.visitId(),
                a.personId(),
                a.status().code(),
                a.plannedStart(),
                a.plannedEnd(),
                a.workers().stream()
                        .map(w -> new WorkerTimes(
                                w.workerId(),
                                w.name(),
                                w.expectedArrival().orElse(null),
                                w.checkedIn().orElse(null),
                                w.checkedOut().orElse(null),
                                w.checkOutNote()))
                        .toList(),
                a.corrections().stream()
                        .map(c -> new CorrectionView(
                                c.workerId(),
                                c.previousCheckIn().orElse(null),
                                c.previousCheckOut().orElse(null),
                                c.checkIn(),
                                c.checkOut().orElse(null),
                                c.reason(),
                                c.correctedBy(),
                                c.correctedAt()))
                        .toList(),
                day.tasks(a.visitId()).stream().map(VisitDayApiController::view).toList());
    }

    private static TaskView view(VisitDayApi.Task t) {
        return new TaskView(
                t.id(),
                t.description(),
                t.done(),
                t.doneBy().orElse(null),
                t.doneAt().orElse(null),
                t.doneNote(),
                t.notDoneReason().orElse(null));
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("api.invalid"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
