package org.carecoop.notify.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carecoop.notify.internal.NotificationPreferences;
import org.carecoop.notify.internal.Preferences;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's notification settings through the JSON API, with the page's rules. */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications")
class PreferencesApiController {

    /**
     * The settings as the API shows and takes them. Channels: {@code EMAIL}, {@code SMS}; reminders:
     * {@code DAY_BEFORE} (at {@code dayBeforeHour}), {@code TWO_HOURS}, {@code ONE_HOUR},
     * {@code THIRTY_MINUTES}; quiet hours from and until whole hours, or both null.
     *
     * @param phoneOnAccount whether the account has a phone number for text messages (ignored when sent)
     */
    record Settings(
            @Nullable List<String> channels,
            @Nullable List<String> reminders,
            @Nullable Integer dayBeforeHour,
            @Nullable Integer quietFrom,
            @Nullable Integer quietUntil,
            @Nullable Boolean phoneOnAccount) {}

    private final Preferences preferences;
    private final PeopleApi people;
    private final MessageSource messages;

    PreferencesApiController(Preferences preferences, PeopleApi people, MessageSource messages) {
        this.preferences = preferences;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "How the signed-in account wants to be contacted")
    Settings get() {
        Caller caller = Caller.current().orElseThrow();
        return settings(preferences.of(caller.accountId()), hasPhone(caller));
    }

    @PutMapping
    @Operation(summary = "Change how the signed-in account wants to be contacted")
    ResponseEntity<?> put(@RequestBody Settings body) {
        Caller caller = Caller.current().orElseThrow();
        boolean phone = hasPhone(caller);
        PreferenceInput.Result result = PreferenceInput.read(
                body.channels() == null ? List.of() : body.channels(),
                body.reminders() == null ? List.of() : body.reminders(),
                text(body.dayBeforeHour()),
                text(body.quietFrom()),
                text(body.quietUntil()),
                phone);
        NotificationPreferences chosen = result.preferences();
        if (chosen == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("api.invalid"));
            problem.setTitle("Invalid request");
            problem.setProperty(
                    "errors",
                    result.problems().stream()
                            .map(p -> Map.of("field", p.field(), "message", message(p.key())))
                            .toList());
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        preferences.save(caller.accountId(), chosen);
        return ResponseEntity.ok(settings(chosen, phone));
    }

    private static Settings settings(NotificationPreferences p, boolean phone) {
        return new Settings(
                PreferenceInput.channels(p),
                PreferenceInput.reminders(p),
                p.dayBeforeHour(),
                p.quietFrom(),
                p.quietUntil(),
                phone);
    }

    /** An hour as the page sends it; a number out of range stays out of range, so it is refused. */
    private static @Nullable String text(@Nullable Integer hour) {
        return hour == null ? null : String.valueOf(hour);
    }

    private boolean hasPhone(Caller caller) {
        return PreferenceInput.phone(people, caller.accountId()) != null;
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
