package org.carecoop.planning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.planning.internal.Comparison;
import org.carecoop.planning.internal.Optimisation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns an optimisation into what its page and the JSON API show: names and times in words. */
@Component
class OptimisationView {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final PeopleApi people;
    private final ZoneId zone;

    OptimisationView(PeopleApi people, Clock clock) {
        this.people = people;
        this.zone = clock.getZone();
    }

    /** One figure of the comparison: what it is, the current rota's and the plan's. */
    record Figure(String labelKey, String current, String proposed, boolean better, boolean worse) {}

    /** One visit that would change. */
    record ChangeRow(
            UUID visitId, String person, String was, String now, String wasWorkers, String workers, boolean moved) {}

    List<Figure> figures(Comparison comparison) {
        Comparison.Figures c = comparison.current();
        Comparison.Figures p = comparison.proposed();
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(
                "planning.figure.travelTime",
                duration(c.travelSeconds()),
                duration(p.travelSeconds()),
                c.travelSeconds(),
                p.travelSeconds()));
        figures.add(figure(
                "planning.figure.travelDistance",
                km(c.travelMetres()),
                km(p.travelMetres()),
                c.travelMetres(),
                p.travelMetres()));
        figures.add(figure(
                "planning.figure.lateness",
                duration(c.latenessSeconds()),
                duration(p.latenessSeconds()),
                c.latenessSeconds(),
                p.latenessSeconds()));
        figures.add(figure(
                "planning.figure.continuity",
                String.valueOf(c.continuityMisses()),
                String.valueOf(p.continuityMisses()),
                c.continuityMisses(),
                p.continuityMisses()));
        figures.add(figure(
                "planning.figure.unassigned",
                String.valueOf(c.unassigned()),
                String.valueOf(p.unassigned()),
                c.unassigned(),
                p.unassigned()));
        figures.add(figure(
                "planning.figure.problems",
                String.valueOf(c.problems()),
                String.valueOf(p.problems()),
                c.problems(),
                p.problems()));
        return figures;
    }

    List<ChangeRow> changes(Comparison comparison) {
        Map<UUID, String> names = new HashMap<>();
        return comparison.changes().stream()
                .map(c -> new ChangeRow(
                        c.visitId(),
                        name(c.personId(), names),
                        when(c.wasStart()),
                        when(c.start()),
                        String.join(
                                ", ",
                                c.wasWorkers().stream().map(w -> name(w, names)).toList()),
                        String.join(
                                ", ",
                                c.workers().stream().map(w -> name(w, names)).toList()),
                        !c.start().equals(c.wasStart())))
                .toList();
    }

    String period(Optimisation job) {
        String from = DAY.format(job.from());
        return job.to().equals(job.from()) ? from : from + " to " + DAY.format(job.to());
    }

    String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    String name(UUID accountId, Map<UUID, String> names) {
        return names.computeIfAbsent(
                accountId,
                id -> people.account(id).map(AccountSummary::displayName).orElse(""));
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
    }

    static String km(long metres) {
        return String.format(Locale.UK, "%.1f km", metres / 1000.0);
    }

    private static Figure figure(String key, String current, String proposed, long before, long after) {
        return new Figure(key, current, proposed, after < before, after > before);
    }
}
