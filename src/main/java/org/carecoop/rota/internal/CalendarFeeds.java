package org.carecoop.rota.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret-address calendar feeds (CO7): a person's visits, for the person and whoever they allow to see
 * their schedule, and a worker's own visits. The address is the only key, so it is long and random, and
 * only its hash is stored. Every fetch acts as the feed's owner: the access policy is asked again each
 * time, so a feed stops showing a person's visits the moment the person withdraws permission, and each
 * fetch is written to the person's access log like any other read of their schedule.
 */
@Service
public class CalendarFeeds {

    static final String RECORD_TYPE = "calendar feed";

    /** How far back and ahead a feed reaches. */
    public static final Duration PAST = Duration.ofDays(31);

    public static final Duration AHEAD = Duration.ofDays(92);

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final VisitsApi visits;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(
            JdbcClient jdbc, PeopleApi people, VisitsApi visits, AccessPolicy access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.visits = visits;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whose visits a feed shows. */
    public enum Subject {
        /** A person's visits. */
        PERSON,
        /** The owner's own visits as a worker. */
        WORKER;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Subject ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A feed as its owner sees it in the list.
     *
     * @param subjectName the person's name, or the owner's for their own visits
     */
    public record Feed(
            UUID id,
            Subject subject,
            UUID subjectId,
            String subjectName,
            Instant createdAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastFetchedAt) {

        public boolean live() {
            return revokedAt == null;
        }
    }

    /** A new feed and its secret token, which is shown once and never again. */
    public record Created(UUID id, String token) {}

    /** The visits a feed shows, and what its owner may see of each. */
    public record Contents(Feed feed, String calendarName, List<Entry> entries) {

        public Contents {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One visit in a feed.
     *
     * @param personName the person visited (a worker's feed), or null on the person's own calendar
     * @param postcode where, when the owner may see the person's contact details
     * @param workerNames who is coming
     */
    public record Entry(
            Visit visit,
            @Nullable String personName,
            @Nullable String postcode,
            List<String> workerNames) {

        public Entry {
            workerNames = List.copyOf(workerNames);
        }
    }

    /**
     * Makes a feed, replacing the owner's live feed of the same calendar (its old address stops working).
     *
     * @throws AccessDeniedException when the caller may not see that calendar
     * @throws IllegalArgumentException when there is no such person, or the caller is not a worker
     */
    @Transactional
    public Created create(Caller caller, Subject subject, UUID subjectId) {
        if (caller.assisted()) {
            // A secret address is handed to someone's own calendar app; nobody makes one for someone else.
            throw new AccessDeniedException("feeds are made by their owner");
        }
        UUID owner = caller.accountId();
        switch (subject) {
            case WORKER -> {
                if (!owner.equals(subjectId) || !isWorker(caller)) {
                    throw new AccessDeniedException("only workers have a feed of their own visits");
                }
            }
            case PERSON -> {
                AccountSummary person = people.account(subjectId)
                        .filter(a -> a.roles().contains(Role.SUPPORTED_PERSON))
                        .orElseThrow(() -> new IllegalArgumentException("no such person"));
                access.check(caller, person.id(), Category.SCHEDULE, Action.READ);
            }
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update rota.calendar_feed set revoked_at = ?
                        where owner_id = ? and subject = ? and subject_id = ? and revoked_at is null""")
                .params(Timestamp.from(now), owner, subject.code(), subjectId)
                .update();
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into rota.calendar_feed (id, token_hash, owner_id, subject, subject_id, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, hash(token), owner, subject.code(), subjectId, Timestamp.from(now))
                .update();
        return new Created(id, token);
    }

    /** The caller's feeds, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<Feed> feedsOf(Caller caller) {
        Map<UUID, String> names = new HashMap<>();
        return jdbc
                .sql("select * from rota.calendar_feed where owner_id = ? order by created_at desc, id")
                .param(caller.accountId())
                .query((rs, n) -> {
                    UUID subjectId = rs.getObject("subject_id", UUID.class);
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    Timestamp fetched = rs.getTimestamp("last_fetched_at");
                    return new Feed(
                            rs.getObject("id", UUID.class),
                            Subject.ofCode(rs.getString("subject")),
                            subjectId,
                            "",
                            rs.getTimestamp("created_at").toInstant(),
                            revoked == null ? null : revoked.toInstant(),
                            fetched == null ? null : fetched.toInstant());
                })
                .list()
                .stream()
                .map(f -> new Feed(
                        f.id(),
                        f.subject(),
                        f.subjectId(),
                        names.computeIfAbsent(f.subjectId(), this::nameOf),
                        f.createdAt(),
                        f.revokedAt(),
                        f.lastFetchedAt()))
                .toList();
    }

    /**
     * Stops a feed's address working.
     *
     * @return false when the caller has no such live feed
     */
    @Transactional
    public boolean revoke(Caller caller, UUID feedId) {
        return jdbc.sql("""
                                update rota.calendar_feed set revoked_at = ?
                                where id = ? and owner_id = ? and revoked_at is null""")
                        .params(Timestamp.from(clock.instant()), feedId, caller.accountId())
                        .update()
                == 1;
    }

    /**
     * What the feed with this token shows now: empty for an unknown or revoked token, or when its owner
     * may no longer see that calendar.
     */
    @Transactional
    public Optional<Contents> contents(String token) {
        if (token.length() > 64) {
            return Optional.empty();
        }
        Optional<StoredFeed> stored = jdbc.sql(
                        "select * from rota.calendar_feed where token_hash = ? and revoked_at is null for update")
                .param(hash(token))
                .query((rs, n) -> new StoredFeed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("owner_id", UUID.class),
                        Subject.ofCode(rs.getString("subject")),
                        rs.getObject("subject_id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredFeed feed = stored.get();
        Optional<Caller> owner = people.account(feed.ownerId()).map(VisitAudience::callerFor);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        Optional<Contents> contents = switch (feed.subject()) {
            case PERSON -> personFeed(owner.get(), feed, from, to, now);
            case WORKER -> Optional.of(workerFeed(owner.get(), feed, from, to, now));
        };
        if (contents.isPresent()) {
            jdbc.sql("update rota.calendar_feed set last_fetched_at = ? where id = ?")
                    .params(Timestamp.from(now), feed.id())
                    .update();
        }
        return contents;
    }

    private Optional<Contents> personFeed(Caller owner, StoredFeed feed, Instant from, Instant to, Instant now) {
        if (!access.decide(owner, feed.subjectId(), Category.SCHEDULE, Action.READ)
                .allowed()) {
            return Optional.empty();
        }
        String personName = nameOf(feed.subjectId());
        List<Entry> entries = visits.schedule(feed.subjectId(), from, to).stream()
                .map(v -> new Entry(
                        v,
                        null,
                        null,
                        v.workers().stream().map(Visit.Worker::name).toList()))
                .toList();
        read(owner, now, feed.subjectId(), from, to);
        return Optional.of(new Contents(asFeed(feed, personName), personName, entries));
    }

    private Contents workerFeed(Caller owner, StoredFeed feed, Instant from, Instant to, Instant now) {
        Map<UUID, Optional<String>> postcodes = new HashMap<>();
        List<Entry> entries = visits.workerSchedule(owner.accountId(), from, to).stream()
                .map(v -> {
                    Optional<String> postcode = postcodes.computeIfAbsent(v.personId(), person -> {
                        read(owner, now, person, from, to);
                        return access.decide(owner, person, Category.PROFILE_AND_CONTACT, Action.READ)
                                        .allowed()
                                ? people.personProfile(person)
                                        .map(PersonProfile::postcode)
                                        .map(org.carecoop.platform.geo.Postcode::value)
                                : Optional.empty();
                    });
                    // Workers booked on one visit (a double-up) need to know who they are working with.
                    List<String> workers =
                            v.workers().stream().map(Visit.Worker::name).toList();
                    return new Entry(v, nameOf(v.personId()), postcode.orElse(null), workers);
                })
                .toList();
        return new Contents(asFeed(feed, owner.displayName()), owner.displayName(), entries);
    }

    /** The access log line a fetch leaves with the person whose visits it showed. */
    private void read(Caller owner, Instant now, UUID personId, Instant from, Instant to) {
        audit.record(AuditEntry.by(owner, now, "VIEW", personId, RECORD_TYPE, AuditEntry.Outcome.ALLOWED)
                .withDetail("visits from " + from + " to " + to));
    }

    private static Feed asFeed(StoredFeed feed, String subjectName) {
        return new Feed(feed.id(), feed.subject(), feed.subjectId(), subjectName, feed.createdAt(), null, null);
    }

    private boolean isWorker(Caller caller) {
        return caller.hasRole(Role.WORKER.name())
                || caller.hasRole(Role.VOLUNTEER.name())
                || caller.hasRole(Role.PEER_SUPPORTER.name());
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record StoredFeed(UUID id, UUID ownerId, Subject subject, UUID subjectId, Instant createdAt) {}
}
