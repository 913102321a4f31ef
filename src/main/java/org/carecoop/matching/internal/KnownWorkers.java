package org.carecoop.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.springframework.stereotype.Component;

/**
 * The workers a person knows: those who have visited them, had an arrangement with them (their
 * team's workers come from arrangements) or an introduction. These are whom a person may ask not to
 * send again, and whom they may invite into their back-up pool. Callers decide access first.
 */
@Component
public class KnownWorkers {

    /** Visits are looked for from this far back. */
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

    private final Arrangements arrangements;
    private final Introductions introductions;
    private final VisitsApi visits;
    private final Clock clock;

    KnownWorkers(Arrangements arrangements, Introductions introductions, VisitsApi visits, Clock clock) {
        this.arrangements = arrangements;
        this.introductions = introductions;
        this.visits = visits;
        this.clock = clock;
    }

    /** A worker the person knows, by name only. */
    public record Known(UUID workerId, String name) {}

    /** The workers the person knows, by name, each once; never the person themself. */
    public List<Known> of(UUID personId) {
        Set<UUID> ids = new LinkedHashSet<>();
        arrangements.ofPerson(personId).stream().map(Arrangement::workerId).forEach(ids::add);
        introductions.ofPerson(personId).stream().map(Introduction::workerId).forEach(ids::add);
        Instant now = clock.instant();
        visits.schedule(personId, BEGINNING, now).stream()
                .filter(v -> v.status() != VisitStatus.CANCELLED && v.start().isBefore(now))
                .flatMap(v -> v.workers().stream())
                .map(Visit.Worker::id)
                .forEach(ids::add);
        ids.remove(personId);
        return ids.stream()
                .map(id -> new Known(id, introductions.name(id)))
                .filter(k -> !k.name().isBlank())
                .sorted(Comparator.comparing(Known::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Known::workerId))
                .toList();
    }
}
