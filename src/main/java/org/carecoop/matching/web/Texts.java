package org.carecoop.matching.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says what requests and activities hold in plain words: "Saturdays and Sundays, 10:00 to 16:00",
 * "Must: can help with Medicines".
 */
@Component("matchingTexts")
class Texts {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** "Mondays". */
    static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + "s";
    }

    /** The times of a pattern, one line for each set of days with the same hours. */
    List<String> times(WeeklyPattern pattern) {
        Map<String, List<DayOfWeek>> daysByHours = new LinkedHashMap<>();
        Map<DayOfWeek, List<String>> hoursByDay = new LinkedHashMap<>();
        for (Window w : pattern.windows()) {
            hoursByDay
                    .computeIfAbsent(w.day(), d -> new ArrayList<>())
                    .add(text("requests.times.window", TIME.format(w.start()), end(w.end())));
        }
        hoursByDay.forEach((day, hours) -> daysByHours
                .computeIfAbsent(String.join(text("requests.times.and"), hours), h -> new ArrayList<>())
                .add(day));
        List<String> lines = new ArrayList<>();
        daysByHours.forEach((hours, days) -> {
            List<String> names = days.stream().map(Texts::plural).toList();
            String dayText = names.size() == 7
                    ? text("requests.times.everyDay")
                    : names.size() == 1
                            ? names.get(0)
                            : String.join(", ", names.subList(0, names.size() - 1))
                                    + text("requests.times.and")
                                    + names.get(names.size() - 1);
            lines.add(dayText + ", " + hours);
        });
        return lines;
    }

    /** When a request wants support, in a line or a few. */
    List<String> when(SupportRequest r, ZoneId zone) {
        if (r.kind() == SupportRequest.Kind.ONE_OFF && r.oneOffStart() != null && r.oneOffEnd() != null) {
            return List.of(text(
                    "requests.when.oneOff",
                    DATE.format(r.oneOffStart().atZone(zone)),
                    TIME.format(r.oneOffStart().atZone(zone)),
                    TIME.format(r.oneOffEnd().atZone(zone))));
        }
        return times(r.times());
    }

    List<String> tasks(SupportRequest r) {
        return r.tasks().stream().map(s -> label("skill", s)).toList();
    }

    List<String> outcomes(SupportRequest r) {
        return r.outcomes().stream().map(o -> label("outcome", o)).toList();
    }

    /** Each preference as "Must: …" or "Would like: …", musts first. */
    List<String> preferences(SupportRequest r) {
        List<String> lines = new ArrayList<>();
        for (Preference p : r.musts()) {
            lines.add(text("requests.strength.must.line", preference(p)));
        }
        for (Preference p : r.wouldLikes()) {
            lines.add(text("requests.strength.would_like.line", preference(p)));
        }
        return lines;
    }

    String preference(Preference p) {
        return switch (p.kind()) {
            case DRIVES -> text("requests.preference.drives");
            case GENDER -> text("requests.preference.gender", label("requests.text.gender", p.value()));
            case LANGUAGE -> text("requests.preference.language", p.value());
            case CONDITION_EXPERIENCE ->
                text("requests.preference.condition", label("requests.text.condition", p.value()));
            case SKILL -> text("requests.preference.skill", label("requests.text.skill", p.value()));
        };
    }

    String label(String prefix, Object value) {
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        return text(prefix + "." + name.toLowerCase(Locale.ROOT));
    }

    private String end(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? text("requests.times.midnight") : TIME.format(end);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
