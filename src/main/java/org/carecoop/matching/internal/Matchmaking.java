package org.carecoop.matching.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.SupportRequest;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortlists and requests as people see them, with access decided by {@link RequestAccess} and every
 * read recorded: the person's side (their shortlist) and the workers' side (requests near them that
 * they suit, and saying they are interested).
 */
@Service
public class Matchmaking {

    private static final String RECORD_TYPE = "shortlist";

    private final Requests requests;
    private final Shortlisting shortlisting;
    private final WorkerCards cards;
    private final MatchingFacts facts;
    private final RequestAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Matchmaking(
            Requests requests,
            Shortlisting shortlisting,
            WorkerCards cards,
            MatchingFacts facts,
            RequestAccess access,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.shortlisting = shortlisting;
        this.cards = cards;
        this.facts = facts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The shortlist of one of the person's requests, recorded in their access log; empty when they
     * have no such request.
     *
     * @throws AccessDeniedException when the caller may not see the person's requests
     */
    @Transactional
    public Optional<Shortlist> shortlist(Caller caller, UUID personId, UUID requestId, int size) {
        if (!access.mayRead(caller, personId)) {
            throw new AccessDeniedException("not allowed to see this person's requests");
        }
        Optional<SupportRequest> request =
                requests.find(requestId).filter(r -> r.personId().equals(personId));
        request.ifPresent(r -> audit.record(
                AuditEntry.by(caller, clock.instant(), "READ", personId, RECORD_TYPE, AuditEntry.Outcome.ALLOWED)
                        .withDetail("Shortlist of the request " + r.id())));
        return request.map(r -> shortlisting.shortlist(r, size));
    }

    /** The person's newest open request, when the caller may see their requests. */
    @Transactional(readOnly = true)
    public Optional<SupportRequest> newestOpenRequest(Caller caller, UUID personId) {
        if (!access.mayRead(caller, personId)) {
            throw new AccessDeniedException("not allowed to see this person's requests");
        }
        return requests.ofPerson(personId).stream()
                .filter(SupportRequest::isOpen)
                .findFirst();
    }

    /** Any request by its id, for finding whose it is. */
    @Transactional(readOnly = true)
    public Optional<SupportRequest> request(UUID requestId) {
        return requests.find(requestId);
    }

    /** Whether the caller gives support: a worker, volunteer or peer supporter. */
    public static boolean givesSupport(Caller caller) {
        return caller.hasRole(Role.WORKER.name())
                || caller.hasRole(Role.VOLUNTEER.name())
                || caller.hasRole(Role.PEER_SUPPORTER.name());
    }

    /** The worker's own card, if they have one yet. */
    @Transactional(readOnly = true)
    public Optional<WorkerCard> card(Caller caller) {
        return cards.find(caller.accountId());
    }

    /**
     * Open shared requests the worker passes every hard filter for, nearest first then best; each
     * summary they see is recorded in the person's access log.
     */
    @Transactional
    public List<NearbyRequest> nearMe(Caller caller) {
        requireWorker(caller);
        Optional<WorkerCard> card = cards.find(caller.accountId());
        if (card.isEmpty() || card.get().home() == null) {
            return List.of();
        }
        List<NearbyRequest> near = new ArrayList<>();
        for (SupportRequest request : requests.open()) {
            suited(request, card.get()).ifPresent(near::add);
        }
        near.sort(Comparator.comparingDouble((NearbyRequest n) -> n.match().distanceKm() == null
                        ? Double.MAX_VALUE
                        : n.match().distanceKm())
                .thenComparing(Comparator.comparingInt(
                                (NearbyRequest n) -> n.match().scores().total())
                        .reversed()));
        near.forEach(n -> access.recordSharedRead(
                caller, n.request().personId(), n.request().id()));
        return near;
    }

    /** One request near the worker, when they suit it; the view is recorded in the person's log. */
    @Transactional
    public Optional<NearbyRequest> nearbyRequest(Caller caller, UUID requestId) {
        requireWorker(caller);
        Optional<NearbyRequest> found = cards.find(caller.accountId())
                .flatMap(card -> requests.find(requestId).flatMap(r -> suited(r, card)));
        found.ifPresent(n -> access.recordSharedRead(
                caller, n.request().personId(), n.request().id()));
        return found;
    }

    /**
     * Records that the worker is interested in the request; saying so again changes nothing.
     *
     * @return false when the request is closed, not shared, unknown, or the worker does not suit it
     */
    @Transactional
    public boolean interested(Caller caller, UUID requestId) {
        requireWorker(caller);
        Optional<NearbyRequest> found = cards.find(caller.accountId())
                .flatMap(card -> requests.find(requestId).flatMap(r -> suited(r, card)));
        found.ifPresent(n -> facts.recordInterest(requestId, caller.accountId(), clock.instant()));
        return found.isPresent();
    }

    private Optional<NearbyRequest> suited(SupportRequest request, WorkerCard card) {
        if (!request.isOpen() || !request.sharedWithWorkers()) {
            return Optional.empty();
        }
        return shortlisting
                .scoreIfSuited(request, card)
                .map(match -> new NearbyRequest(
                        request,
                        facts.firstName(request.personId()),
                        match,
                        facts.isInterested(request.id(), card.workerId())));
    }

    private static void requireWorker(Caller caller) {
        if (!givesSupport(caller)) {
            throw new AccessDeniedException("only workers, volunteers and peer supporters see requests near them");
        }
    }

    /**
     * A request as a worker near the person sees it: a summary, the person's first name, and how the
     * worker matches it.
     */
    public record NearbyRequest(SupportRequest request, String firstName, Match match, boolean interested) {}
}
