package org.carecoop.visits.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.visits.VisitDayApi.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A visit's stored task list (VI3): each task's place in the list, and who ticked it off when. */
@Repository
class VisitTaskRecords {

    private final JdbcClient jdbc;

    VisitTaskRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Task> tasks(UUID visitId) {
        return jdbc.sql("select * from visits.visit_task where visit_id = ? order by position, id")
                .param(visitId)
                .query((rs, n) -> {
                    Timestamp doneAt = rs.getTimestamp("done_at");
                    return new Task(
                            rs.getObject("id", UUID.class),
                            rs.getString("description"),
                            Optional.ofNullable(rs.getObject("done_by", UUID.class)),
                            Optional.ofNullable(doneAt).map(Timestamp::toInstant),
                            rs.getString("done_note"),
                            Optional.ofNullable(rs.getString("not_done_reason")));
                })
                .list();
    }

    void add(UUID visitId, int position, String description, @Nullable UUID by, Instant at) {
        jdbc.sql("""
                        insert into visits.visit_task (id, visit_id, position, description, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), visitId, position, description, by, Timestamp.from(at))
                .update();
    }

    void move(UUID taskId, int position) {
        jdbc.sql("update visits.visit_task set position = ? where id = ?")
                .params(position, taskId)
                .update();
    }

    void remove(UUID taskId) {
        jdbc.sql("delete from visits.visit_task where id = ?").param(taskId).update();
    }

    /** Ticks the task off; false when it is not on the visit. */
    boolean done(UUID visitId, UUID taskId, UUID by, Instant at, String note) {
        return jdbc.sql("""
                        update visits.visit_task set done_by = ?, done_at = ?, done_note = ?, not_done_reason = null
                        where id = ? and visit_id = ?""")
                        .params(by, Timestamp.from(at), note, taskId, visitId)
                        .update()
                == 1;
    }

    /** Gives every task of the visit that is not done, and has no reason yet, this reason. */
    void notDone(UUID visitId, String reason) {
        jdbc.sql("""
                        update visits.visit_task set not_done_reason = ?
                        where visit_id = ? and done_at is null and not_done_reason is null""").params(reason, visitId).update();
    }
}
