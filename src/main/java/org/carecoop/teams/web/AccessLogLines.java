package org.carecoop.teams.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.people.PeopleApi;
import org.carecoop.teams.Circle;
import org.carecoop.teams.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the lines of a person's access log into plain words for them. */
@Component
class AccessLogLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);

    /** One line: when, who, what, whether it was allowed, and why when the log says. */
    record Line(
            String when,
            String who,
            @Nullable String onBehalf,
            String what,
            boolean allowed,
            @Nullable String why) {}

    private final MessageSource messages;
    private final PeopleApi people;
    private final Clock clock;

    AccessLogLines(MessageSource messages, PeopleApi people, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.clock = clock;
    }

    List<Line> lines(UUID personId, UUID viewerId, List<AuditEntry> entries) {
        return entries.stream().map(e -> line(personId, viewerId, e)).toList();
    }

    private Line line(UUID personId, UUID viewerId, AuditEntry entry) {
        boolean allowed = entry.outcome() == AuditEntry.Outcome.ALLOWED;
        return new Line(
                WHEN.format(entry.occurredAt().atZone(clock.getZone()))
                        .replace("AM", "am")
                        .replace("PM", "pm"),
                viewerId.equals(entry.actorId()) ? text("accesslog.you") : entry.actorLabel(),
                onBehalf(personId, entry),
                what(entry, allowed),
                allowed,
                why(entry));
    }

    private @Nullable String onBehalf(UUID personId, AuditEntry entry) {
        UUID onBehalf = entry.onBehalfOf();
        if (onBehalf == null) {
            return null;
        }
        if (onBehalf.equals(personId)) {
            return text("accesslog.actingForPerson");
        }
        String name = people.account(onBehalf).map(a -> a.displayName()).orElse(text("accesslog.someoneElse"));
        return text("accesslog.actingFor", name);
    }

    private String what(AuditEntry entry, boolean allowed) {
        String action = entry.action().toLowerCase(Locale.ROOT);
        String detail = entry.detail() == null ? "" : entry.detail();
        switch (entry.action()) {
            case "READ", "WRITE" -> {
                String category = text("team.category." + entry.recordType() + ".lower");
                return text("accesslog.what." + action + (allowed ? "" : ".denied"), category);
            }
            case "GRANT", "REVOKE" -> {
                String[] parts = detail.split(" ", 2);
                if (parts.length == 2) {
                    Permission permission = Permission.ofCode(parts[0]);
                    String who = parts[1].startsWith("circle:")
                            ? text("team.circle."
                                    + Circle.ofSlug(parts[1].substring(7)).slug() + ".everyone")
                            : parts[1];
                    return text(
                            "accesslog.what." + action + "."
                                    + permission.action().name().toLowerCase(Locale.ROOT),
                            text("team.category." + permission.category().code() + ".lower"),
                            who);
                }
            }
            case "ADD_MEMBER", "REMOVE_MEMBER" -> {
                String[] parts = detail.split(" ", 2);
                if (parts.length == 2) {
                    return text("accesslog.what." + action, parts[1], text("team.role." + parts[0] + ".one"));
                }
            }
            case "PERSONAL_CARE" -> {
                String[] parts = detail.split(" ", 2);
                if (parts.length == 2) {
                    return text("accesslog.what.personal_care." + parts[0], parts[1]);
                }
            }
            case "BREAK_GLASS" -> {
                return text("accesslog.what.break_glass" + (allowed ? "" : ".denied"), detail);
            }
            case "RENAME" -> {
                return text("accesslog.what.rename", detail);
            }
            default -> {
                // Everything else the log holds is described below.
            }
        }
        String key = "accesslog.what." + action + "." + entry.recordType().toLowerCase(Locale.ROOT);
        String profileKey = "views.what." + action + "." + entry.recordType().toLowerCase(Locale.ROOT);
        return messages.getMessage(
                key,
                null,
                messages.getMessage(profileKey, null, entry.action() + " " + entry.recordType(), Locale.UK),
                Locale.UK);
    }

    /** Why an access decision went as it did, from the reason the policy recorded. */
    private @Nullable String why(AuditEntry entry) {
        if (!("READ".equals(entry.action()) || "WRITE".equals(entry.action())) || entry.detail() == null) {
            return null;
        }
        return messages.getMessage("team.reason." + entry.detail() + ".log", null, null, Locale.UK);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.UK);
    }
}
