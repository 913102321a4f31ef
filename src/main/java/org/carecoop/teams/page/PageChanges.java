package org.carecoop.teams.page;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How much a viewer can see on a team page, as one number. Items are only ever added (an expert
 * question's answer counts as one more), so the number changes exactly when something the viewer
 * can see has: an open page polls with the number it has and needs nothing back while it is the same.
 * A count rather than the newest id, because ids are handed out before transactions commit and a
 * slower transaction can commit an older id after a newer one has been seen.
 */
@Repository
class PageChanges {

    private final JdbcClient jdbc;

    PageChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The number for the team page as the viewer sees it: messages in conversations they can read (or,
     * for the person, are told about), comments, replies, celebrations, well dones, questions and
     * answers.
     */
    long onTeamPage(UUID teamId, UUID viewerId, boolean viewerIsPerson) {
        return jdbc.sql("""
                        select
                          (select count(*) from teams.thread_message m join teams.thread t on t.id = m.thread_id
                           where t.team_id = :team and (not t.restricted or :person or exists (
                               select 1 from teams.thread_member tm where tm.thread_id = t.id and tm.account_id = :viewer)))
                        + (select count(*) from teams.comment where team_id = :team)
                        + (select count(*) from teams.comment_reply r join teams.comment c on c.id = r.comment_id
                           where c.team_id = :team)
                        + (select count(*) from teams.celebration where team_id = :team)
                        + (select count(*) from teams.well_done w join teams.celebration c on c.id = w.celebration_id
                           where c.team_id = :team)
                        + (select count(*) from teams.expert_question where team_id = :team)
                        + (select count(*) from teams.expert_question where team_id = :team and answered_at is not null)
                        """)
                .param("team", teamId)
                .param("viewer", viewerId)
                .param("person", viewerIsPerson)
                .query(Long.class)
                .single();
    }

    /** The number for one conversation: its messages. */
    long inThread(UUID threadId) {
        return jdbc.sql("select count(*) from teams.thread_message where thread_id = ?")
                .param(threadId)
                .query(Long.class)
                .single();
    }
}
