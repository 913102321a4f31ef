package org.carecoop.matching.internal;

import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.carecoop.platform.time.WeeklyPattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts reasons into plain English from {@code messages-shortlist.properties}: skills, conditions,
 * outcomes and traits by their labels, listed "a, b and c"; weekly patterns as days and times
 * ("Saturdays 10:00–14:00").
 */
@Component
public class ReasonTexts {

    /** At most this many windows of time are named in one reason. */
    static final int MAX_WINDOWS = 3;

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Reason reason) {
        Object[] args = reason.args().stream().map(this::argument).toArray();
        return messages.getMessage(reason.key(), args, Locale.UK);
    }

    /** The texts of the reasons, in order. */
    public List<String> texts(Collection<Reason> reasons) {
        return reasons.stream().map(this::text).toList();
    }

    /** A weekly pattern as days and times, e.g. "Mondays 09:00–12:00 and Saturdays 10:00–14:00". */
    public String times(WeeklyPattern pattern) {
        List<WeeklyPattern.Window> windows = pattern.windows();
        List<String> parts = new ArrayList<>();
        for (WeeklyPattern.Window w : windows.subList(0, Math.min(MAX_WINDOWS, windows.size()))) {
            parts.add(w.day().getDisplayName(TextStyle.FULL, Locale.UK) + "s " + w.start() + "–"
                    + (w.end().equals(LocalTime.MIDNIGHT) ? "24:00" : w.end().toString()));
        }
        if (windows.size() > MAX_WINDOWS) {
            parts.add(messages.getMessage("shortlist.times.more", null, Locale.UK));
        }
        return join(parts);
    }

    private Object argument(Object arg) {
        if (arg instanceof WeeklyPattern pattern) {
            return times(pattern);
        }
        if (arg instanceof Enum<?> value) {
            return label(value);
        }
        if (arg instanceof Collection<?> values) {
            return join(values.stream().map(this::argument).map(String::valueOf).toList());
        }
        return arg;
    }

    /** The label of a skill, condition, outcome or trait as it reads inside a sentence. */
    public String label(Enum<?> value) {
        String kind = value.getDeclaringClass().getSimpleName();
        String key = "shortlist." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "."
                + value.name().toLowerCase(Locale.ROOT);
        return messages.getMessage(key, null, value.name(), Locale.UK);
    }

    /** "a", "a and b", "a, b and c". */
    public String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        String and = messages.getMessage("shortlist.and", null, Locale.UK);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }
}
