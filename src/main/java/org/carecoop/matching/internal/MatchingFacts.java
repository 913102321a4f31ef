package org.carecoop.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What matching reads about people beyond requests and cards: their minimum tier, exclusions,
 * arrangements, live introductions and the interest workers showed in requests.
 */
@Repository
public class MatchingFacts {

    /** The co-op's standard when a person has not chosen (CH2). */
    static final int DEFAULT_MINIMUM_TIER = 1;

    private final JdbcClient jdbc;
    private final PeopleApi people;

    MatchingFacts(JdbcClient jdbc, PeopleApi people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Everything the hard filters and scoring need to know about the person. */
    public PersonFacts person(UUID personId) {
        int minimumTier = jdbc.sql("select minimum_tier from matching.person_setting where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_MINIMUM_TIER);
        Set<UUID> excluded = new HashSet<>(jdbc.sql("select worker_id from matching.exclusion where person_id = ?")
                .param(personId)
                .query(UUID.class)
                .list());
        Set<UUID> current = new HashSet<>();
        Set<UUID> past = new HashSet<>();
        jdbc.sql("select worker_id, ended_at is null as active from matching.arrangement where person_id = ?")
                .param(personId)
                .query(rs -> {
                    UUID worker = rs.getObject("worker_id", UUID.class);
                    (rs.getBoolean("active") ? current : past).add(worker);
                });
        past.removeAll(current);
        String name = people.account(personId).map(AccountSummary::displayName).orElse("");
        return new PersonFacts(
                personId,
                FirstNames.of(name),
                minimumTier,
                excluded,
                current,
                past,
                people.personProfile(personId).map(PersonProfile::conditions).orElse(Set.of()));
    }

    /** The first name of the account, as shortlists and summaries show people. */
    public String firstName(UUID accountId) {
        return FirstNames.of(
                people.account(accountId).map(AccountSummary::displayName).orElse(""));
    }

    /** The workers who said they are interested in the request. */
    public Set<UUID> interested(UUID requestId) {
        return Set.copyOf(jdbc.sql("select worker_id from matching.interest where request_id = ?")
                .param(requestId)
                .query(UUID.class)
                .list());
    }

    /** Whether the worker said they are interested in the request. */
    public boolean isInterested(UUID requestId, UUID workerId) {
        return jdbc.sql("select count(*) from matching.interest where request_id = ? and worker_id = ?")
                        .params(requestId, workerId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records that the worker is interested; saying it again changes nothing. */
    public void recordInterest(UUID requestId, UUID workerId, Instant at) {
        jdbc.sql("""
                        insert into matching.interest (request_id, worker_id, created_at) values (?, ?, ?)
                        on conflict do nothing""").params(requestId, workerId, Timestamp.from(at)).update();
    }

    /** The workers the person has an introduction in progress with (invited, accepted or in trial). */
    public Set<UUID> invited(UUID personId) {
        return Set.copyOf(jdbc.sql("""
                        select worker_id from matching.introduction
                        where person_id = ? and status in ('invited', 'accepted', 'trial_arranged')""").param(personId).query(UUID.class).list());
    }
}
