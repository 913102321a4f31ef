package org.carecoop.visits;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What someone asks to book (CO2): a visit to one person, or a shared session with several people
 * (one visit each, the same workers, the basis of pooled budgets), by one worker or more (a double-up
 * visit), once or every week.
 *
 * @param personIds the accounts of the people visited, each once; more than one for a shared session
 * @param workerIds the accounts of the workers, each once; the first leads a double-up visit
 * @param start when the (first) visit starts
 * @param end when the (first) visit ends
 * @param repeat how it repeats, or null for a single visit
 */
public record Booking(
        List<UUID> personIds,
        List<UUID> workerIds,
        Instant start,
        Instant end,
        @Nullable Repeat repeat) {

    public Booking {
        personIds = List.copyOf(personIds);
        workerIds = List.copyOf(workerIds);
    }

    /** A single visit to one person. */
    public static Booking once(UUID personId, List<UUID> workerIds, Instant start, Instant end) {
        return new Booking(List.of(personId), workerIds, start, end, null);
    }

    /**
     * A weekly series: on these days of the week, at the first visit's time of day in the co-op's time
     * zone (09:00 stays 09:00 across clock changes), from the first visit's date until {@code until}
     * (inclusive), at most {@link VisitsApi#LONGEST_SERIES} ahead.
     */
    public record Repeat(Set<DayOfWeek> days, LocalDate until) {

        public Repeat {
            days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        }
    }
}
