package org.carecoop.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, changing, closing and reading a person's support requests (CH3), by the person, someone
 * they let change their plans and outcomes, or a co-ordinator acting for them. Every call asks {@link
 * RequestAccess} first (which records the decision) and refuses with an {@link
 * AccessDeniedException}; every change is written to the person's access log. A request's place and
 * district come from the postcode on the person's profile, looked up again at each change.
 */
@Service
public class RequestService {

    static final String RECORD_TYPE = "support_request";

    private final Requests requests;
    private final RequestAccess access;
    private final PeopleApi people;
    private final Geocoder geocoder;
    private final AuditLog audit;
    private final Clock clock;

    RequestService(
            Requests requests, RequestAccess access, PeopleApi people, Geocoder geocoder, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.people = people;
        this.geocoder = geocoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a new open request for the person.
     *
     * @throws AccessDeniedException when the caller may not act on the person's plans
     * @throws IllegalArgumentException when the draft breaks a rule of {@link SupportRequest}
     */
    @Transactional
    public SupportRequest create(Caller caller, UUID personId, RequestDraft draft) {
        requireAct(caller, personId);
        Place place = placeOf(personId);
        // As precise as the database keeps it, so the request returned is the one stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SupportRequest request = build(UUID.randomUUID(), personId, SupportRequest.Status.OPEN, draft, place, now);
        requests.insert(request, caller.accountId(), caller.actorId());
        record(caller, "CREATE", request);
        return request;
    }

    /**
     * Changes what an open request says.
     *
     * @throws AccessDeniedException when the caller may not act on the person's plans
     * @throws RequestNotFound when the person has no such request
     * @throws IllegalStateException when the request is closed
     * @throws IllegalArgumentException when the draft breaks a rule of {@link SupportRequest}
     */
    @Transactional
    public SupportRequest update(Caller caller, UUID personId, UUID requestId, RequestDraft draft) {
        requireAct(caller, personId);
        SupportRequest existing = find(personId, requestId);
        if (!existing.isOpen()) {
            throw new IllegalStateException("A closed request cannot be changed");
        }
        SupportRequest changed =
                build(requestId, personId, existing.status(), draft, placeOf(personId), existing.createdAt());
        requests.update(changed, clock.instant());
        record(caller, "UPDATE", changed);
        return changed;
    }

    /**
     * Closes a request; closing one already closed changes nothing.
     *
     * @return the request as it now is
     * @throws AccessDeniedException when the caller may not act on the person's plans
     * @throws RequestNotFound when the person has no such request
     */
    @Transactional
    public SupportRequest close(Caller caller, UUID personId, UUID requestId) {
        requireAct(caller, personId);
        SupportRequest request = find(personId, requestId);
        if (requests.close(requestId, clock.instant())) {
            record(caller, "CLOSE", request);
        }
        return requests.find(requestId).orElseThrow();
    }

    /**
     * The person's requests, open ones first, then newest first.
     *
     * @throws AccessDeniedException when the caller may not read the person's plans
     */
    @Transactional(readOnly = true)
    public List<SupportRequest> list(Caller caller, UUID personId) {
        requireRead(caller, personId);
        return requests.ofPerson(personId).stream()
                .sorted(Comparator.comparing((SupportRequest r) -> !r.isOpen()))
                .toList();
    }

    /**
     * One of the person's requests.
     *
     * @throws AccessDeniedException when the caller may not read the person's plans
     * @throws RequestNotFound when the person has no such request
     */
    @Transactional(readOnly = true)
    public SupportRequest read(Caller caller, UUID personId, UUID requestId) {
        requireRead(caller, personId);
        return find(personId, requestId);
    }

    /**
     * The person a request is for, without saying anything else about it: for the API, whose
     * addresses name only the request. Access to it is checked by {@link #read}.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> personOf(UUID requestId) {
        return requests.find(requestId).map(SupportRequest::personId);
    }

    /**
     * The person's profile, to start a new request from what it says.
     *
     * @throws AccessDeniedException when the caller may not act on the person's plans
     */
    @Transactional(readOnly = true)
    public PersonProfile startingPoint(Caller caller, UUID personId) {
        requireAct(caller, personId);
        return people.personProfile(personId).orElseGet(PersonProfile::empty);
    }

    /** Whether the person's profile has a postcode that could be located, which nearby matching needs. */
    @Transactional(readOnly = true)
    public boolean knowsWhere(UUID personId) {
        return placeOf(personId).point() != null;
    }

    /** The person's name, as requests' pages show it. */
    public String nameOf(UUID personId) {
        return people.account(personId).map(a -> a.displayName()).orElse("");
    }

    private SupportRequest find(UUID personId, UUID requestId) {
        return requests.find(requestId)
                .filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new RequestNotFound(requestId));
    }

    private static SupportRequest build(
            UUID id, UUID personId, SupportRequest.Status status, RequestDraft d, Place place, Instant createdAt) {
        return new SupportRequest(
                id,
                personId,
                status,
                d.title(),
                d.details(),
                d.kind(),
                d.times(),
                d.hoursWanted(),
                d.oneOffStart(),
                d.oneOffEnd(),
                d.tasks(),
                d.outcomes(),
                d.interests(),
                d.prefers(),
                d.sharedWithWorkers(),
                d.preferences(),
                place.point(),
                place.district(),
                createdAt);
    }

    private Place placeOf(UUID personId) {
        Optional<Postcode> postcode = people.personProfile(personId).map(PersonProfile::postcode);
        if (postcode.isEmpty()) {
            return new Place(null, null);
        }
        GeoPoint point = geocoder.locate(postcode.get()).map(Location::point).orElse(null);
        return new Place(point, point == null ? null : postcode.get().district());
    }

    private void requireAct(Caller caller, UUID personId) {
        if (!access.mayAct(caller, personId)) {
            throw new AccessDeniedException("may not change this person's support requests");
        }
        requireReceivesSupport(personId);
    }

    private void requireRead(Caller caller, UUID personId) {
        if (!access.mayRead(caller, personId)) {
            throw new AccessDeniedException("may not see this person's support requests");
        }
        requireReceivesSupport(personId);
    }

    /** Requests are for people who receive support; workers and others have none to make. */
    private void requireReceivesSupport(UUID personId) {
        if (people.account(personId)
                .filter(a -> a.roles().contains(Role.SUPPORTED_PERSON))
                .isEmpty()) {
            throw new AccessDeniedException("support requests are for people who receive support");
        }
    }

    private void record(Caller caller, String action, SupportRequest request) {
        AuditEntry entry = AuditEntry.by(
                caller, clock.instant(), action, request.personId(), RECORD_TYPE, AuditEntry.Outcome.ALLOWED);
        audit.record(new AuditEntry(
                entry.occurredAt(),
                entry.actorId(),
                entry.actorLabel(),
                entry.onBehalfOf(),
                entry.action(),
                entry.subjectPersonId(),
                entry.recordType(),
                request.id().toString(),
                entry.outcome(),
                request.title()));
    }

    /** Where support happens: both known, or neither. */
    private record Place(@Nullable GeoPoint point, @Nullable String district) {}

    /** The person has no request with this id. */
    public static final class RequestNotFound extends RuntimeException {

        public RequestNotFound(UUID requestId) {
            super("No such support request: " + requestId);
        }
    }
}
