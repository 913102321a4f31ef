package org.carecoop.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.ArrangementEnded;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regular arrangements between people and workers: started when both sides of an introduction chose
 * to continue (or recorded for ones that began before CareCoop), ended by either side. Publishes
 * {@link ArrangementStarted} and {@link ArrangementEnded}, from which the teams module keeps the
 * person's team.
 */
@Service
public class Arrangements {

    private static final String COLUMNS = "id, person_id, worker_id, introduction_id, started_at, ended_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RequestAccess access;
    private final Exclusions exclusions;
    private final Clock clock;

    Arrangements(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            RequestAccess access,
            Exclusions exclusions,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.access = access;
        this.exclusions = exclusions;
        this.clock = clock;
    }

    /**
     * Starts an arrangement unless the two have an active one already, and publishes {@link
     * ArrangementStarted} when it is new.
     *
     * @return the new arrangement's id, or the active one's
     */
    @Transactional
    public UUID start(UUID personId, UUID workerId, @Nullable UUID introductionId, Instant startedAt) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into matching.arrangement (id, person_id, worker_id, introduction_id, started_at)
                        values (?, ?, ?, ?, ?) on conflict (person_id, worker_id) where ended_at is null do nothing""")
                .params(id, personId, workerId, introductionId, Timestamp.from(startedAt))
                .update();
        if (inserted == 0) {
            return activeBetween(personId, workerId).orElseThrow().id();
        }
        events.publishEvent(new ArrangementStarted(id, personId, workerId, startedAt));
        return id;
    }

    /**
     * Ends an arrangement, by either side ("no fault, no blame"), and publishes {@link
     * ArrangementEnded}. With {@code dontMatchAgain}, that side also asks not to be matched with the
     * other again.
     *
     * @throws AccessDeniedException when the caller is neither the worker nor may act for the person
     * @throws IntroductionException when there is no such arrangement, or it has ended already
     */
    @Transactional
    public Arrangement end(Caller by, UUID arrangementId, boolean dontMatchAgain) {
        Arrangement arrangement = find(arrangementId)
                .orElseThrow(() -> new IntroductionException(IntroductionException.Reason.NOT_FOUND));
        Side side = sideOf(by, arrangement);
        Instant now = clock.instant();
        int ended = jdbc.sql("""
                        update matching.arrangement set ended_at = ?, ended_by = ?
                        where id = ? and ended_at is null""")
                .params(Timestamp.from(now), by.actorId(), arrangementId)
                .update();
        if (ended != 1) {
            throw new IntroductionException(IntroductionException.Reason.ALREADY_ENDED);
        }
        if (dontMatchAgain) {
            exclusions.add(arrangement.personId(), arrangement.workerId(), side, by.actorId(), now);
        }
        events.publishEvent(new ArrangementEnded(arrangementId, arrangement.personId(), arrangement.workerId(), now));
        return arrangement;
    }

    /**
     * Which side of the arrangement the caller is on.
     *
     * @throws AccessDeniedException when neither
     */
    public Side sideOf(Caller by, Arrangement arrangement) {
        if (by.accountId().equals(arrangement.workerId())) {
            return Side.WORKER;
        }
        if (access.mayAct(by, arrangement.personId())) {
            return Side.PERSON;
        }
        throw new AccessDeniedException("not a side of this arrangement");
    }

    public Optional<Arrangement> find(UUID arrangementId) {
        return jdbc.sql("select " + COLUMNS + " from matching.arrangement where id = ?")
                .param(arrangementId)
                .query(Arrangements::row)
                .optional();
    }

    public Optional<Arrangement> activeBetween(UUID personId, UUID workerId) {
        return jdbc.sql("select " + COLUMNS
                        + " from matching.arrangement where person_id = ? and worker_id = ? and ended_at is null")
                .params(personId, workerId)
                .query(Arrangements::row)
                .optional();
    }

    /** The person's arrangements, active ones first, then newest first. */
    public List<Arrangement> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + """
                         from matching.arrangement where person_id = ?
                        order by ended_at is not null, started_at desc, id""")
                .param(personId)
                .query(Arrangements::row)
                .list();
    }

    /** The person's active arrangements, oldest first. */
    public List<Arrangement> activeOf(UUID personId) {
        return jdbc.sql("select " + COLUMNS + """
                         from matching.arrangement where person_id = ? and ended_at is null
                        order by started_at, id""")
                .param(personId)
                .query(Arrangements::row)
                .list();
    }

    /** The worker's arrangements, active ones first, then newest first. */
    public List<Arrangement> ofWorker(UUID workerId) {
        return jdbc.sql("select " + COLUMNS + """
                         from matching.arrangement where worker_id = ?
                        order by ended_at is not null, started_at desc, id""")
                .param(workerId)
                .query(Arrangements::row)
                .list();
    }

    private static Arrangement row(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Arrangement(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                rs.getObject("introduction_id", UUID.class),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant());
    }
}
