package org.carecoop.matching.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.people.WorkerChanged;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a worker card for every worker, volunteer and peer supporter: rebuilt from the people module
 * whenever it says something matching depends on changed ({@link WorkerChanged}), and caught up at
 * start-up for accounts that have no card yet or whose card is out of date.
 */
@Component
class WorkerCardProjection {

    private static final Logger log = LoggerFactory.getLogger(WorkerCardProjection.class);
    private static final Set<Role> WORKER_ROLES = Set.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    private final PeopleApi people;
    private final Geocoder geocoder;
    private final WorkerCards cards;
    private final Clock clock;

    WorkerCardProjection(PeopleApi people, Geocoder geocoder, WorkerCards cards, Clock clock) {
        this.people = people;
        this.geocoder = geocoder;
        this.cards = cards;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkerChanged event) {
        refresh(event.workerId());
    }

    /**
     * Makes a card for every worker who has none: the accounts that existed before matching did, or
     * whose first event was lost before the registry kept it. Later changes arrive as {@link
     * WorkerChanged} (kept in the event publication registry until handled), so cards already made
     * are not read again at each start. Runs after the demo data ({@code DemoData}, {@code DemoTeams}).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void catchUp() {
        Map<UUID, AccountSummary> workers = new LinkedHashMap<>();
        for (Role role : WORKER_ROLES) {
            people.accountsWithRole(role).forEach(a -> workers.putIfAbsent(a.id(), a));
        }
        workers.keySet().removeAll(cards.workersWithCards());
        workers.values().forEach(account -> cards.save(card(account), clock.instant()));
        if (!workers.isEmpty()) {
            log.info("Made {} worker cards", workers.size());
        }
    }

    /** Rebuilds the worker's card from their account, profile, availability and vetting. */
    @Transactional
    public void refresh(UUID workerId) {
        people.account(workerId)
                .filter(a -> a.roles().stream().anyMatch(WORKER_ROLES::contains))
                .ifPresentOrElse(a -> cards.save(card(a), clock.instant()), () -> cards.remove(workerId));
    }

    WorkerCard card(AccountSummary account) {
        WorkerProfile profile = people.workerProfile(account.id()).orElse(null);
        boolean saved = profile != null;
        WorkerProfile p = saved ? profile : WorkerProfile.empty();
        Postcode postcode = p.postcode();
        GeoPoint home = postcode == null
                ? null
                : geocoder.locate(postcode).map(Location::point).orElse(null);
        return new WorkerCard(
                account.id(),
                account.displayName(),
                kind(account.roles()),
                home,
                home == null || postcode == null ? null : postcode.district(),
                p.travelRadiusKm(),
                p.drives(),
                p.gender(),
                p.experienceYears(),
                p.skills(),
                p.conditions(),
                p.interests(),
                p.languages(),
                people.workerAvailability(account.id()),
                people.vettingTiers(account.id()),
                p.hourlyRate().pence());
    }

    /** A worker first, then a peer supporter, then a volunteer, when an account holds several roles. */
    static WorkerCard.Kind kind(Set<Role> roles) {
        if (roles.contains(Role.WORKER)) {
            return WorkerCard.Kind.WORKER;
        }
        return roles.contains(Role.PEER_SUPPORTER) ? WorkerCard.Kind.PEER_SUPPORTER : WorkerCard.Kind.VOLUNTEER;
    }
}
