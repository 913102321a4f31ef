package org.carecoop.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Please don't send … again" (CH4), from either side: stored in {@code matching.exclusion}, which the
 * shortlist reads directly, and honoured by invitations and the back-up pool here.
 */
@Repository
public class Exclusions {

    private final JdbcClient jdbc;

    Exclusions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that this side does not want the pair matched again, and takes the worker out of the
     * person's back-up pool. Asking twice changes nothing.
     */
    @Transactional
    public void add(UUID personId, UUID workerId, Side side, UUID createdBy, Instant at) {
        jdbc.sql("""
                        insert into matching.exclusion (person_id, worker_id, side, created_by, created_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(personId, workerId, side == Side.PERSON ? "person" : "worker", createdBy, Timestamp.from(at))
                .update();
        jdbc.sql("""
                        update matching.backup set status = 'withdrawn', responded_at = coalesce(responded_at, ?)
                        where person_id = ? and worker_id = ? and status in ('invited', 'accepted')""").params(Timestamp.from(at), personId, workerId).update();
    }

    /** Every worker excluded for the person, by either side. */
    public Set<UUID> excludedFor(UUID personId) {
        return new LinkedHashSet<>(jdbc.sql("select distinct worker_id from matching.exclusion where person_id = ?")
                .param(personId)
                .query(UUID.class)
                .list());
    }

    /**
     * The workers the person (or someone for them) asked not to send again, earliest first. Workers'
     * own wishes not to be matched are left out: they are theirs, not the person's to see or undo.
     */
    public List<UUID> byPerson(UUID personId) {
        return jdbc.sql("""
                        select worker_id from matching.exclusion where person_id = ? and side = 'person'
                        order by created_at, worker_id""").param(personId).query(UUID.class).list();
    }

    /**
     * Takes back the person's own "please don't send again"; a worker's own wish stays.
     *
     * @return whether there was one to take back
     */
    public boolean removeByPerson(UUID personId, UUID workerId) {
        return jdbc.sql("delete from matching.exclusion where person_id = ? and worker_id = ? and side = 'person'")
                        .params(personId, workerId)
                        .update()
                == 1;
    }

    /** Whether either side asked not to be matched with the other. */
    public boolean excluded(UUID personId, UUID workerId) {
        return jdbc.sql("select exists (select 1 from matching.exclusion where person_id = ? and worker_id = ?)")
                .params(personId, workerId)
                .query(Boolean.class)
                .single();
    }
}
