package org.carecoop.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.carecoop.peers.MeetUpPlan;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A post and a meet-up on the Hebden Bridge (HX7) area page, by two demo workers who live there and
 * so belong to it automatically. Loaded once, after {@link DemoData}: Spring Boot announces that the
 * application accepts traffic only once every {@code ApplicationReadyEvent} listener, DemoData's
 * included, has finished, so the workers and their profiles exist by then. A page that already has
 * posts is left alone.
 */
@Component
class DemoPeerPages {

    private static final Logger log = LoggerFactory.getLogger(DemoPeerPages.class);

    static final PeerPage HEBDEN_BRIDGE = PeerPage.ofDistrict("HX7");

    static final String POST = "Anyone fancy a walk along the canal to Mytholmroyd on Sunday mornings? I go most"
            + " weeks and would love the company. Workers, volunteers and the people we support are all welcome,"
            + " and it's flat all the way.";

    private final PeerPagesApi peers;
    private final PeopleApi people;
    private final Clock clock;
    private final boolean enabled;

    DemoPeerPages(
            PeerPagesApi peers,
            PeopleApi people,
            Clock clock,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.peers = peers;
        this.people = people;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    void load(AvailabilityChangeEvent<ReadinessState> event) {
        if (!enabled || event.getState() != ReadinessState.ACCEPTING_TRAFFIC || peers.hasPosts(HEBDEN_BRIDGE)) {
            return;
        }
        peers.post(account("ella"), HEBDEN_BRIDGE, POST);
        peers.planMeetUp(
                account("grace"),
                HEBDEN_BRIDGE,
                new MeetUpPlan(
                        "Tea and a chat: moving and handling refresher",
                        nextThursdayMorning(),
                        "Hebden Bridge Town Hall, St George's Street",
                        "An informal hour for anyone who supports people at home: bring your questions about"
                                + " hoists and transfers, and we'll practise together. Counts towards your CPD."
                                + " Tea and biscuits provided."));
        log.info("Demo data: a post and a meet-up on the {} peer page", HEBDEN_BRIDGE);
    }

    /** Thursday at 10:30 in the co-op's zone, at least a day from now. */
    private Instant nextThursdayMorning() {
        LocalDate thursday = clock.instant()
                .atZone(clock.getZone())
                .toLocalDate()
                .plusDays(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        return thursday.atTime(LocalTime.of(10, 30)).atZone(clock.getZone()).toInstant();
    }

    private UUID account(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN)
                .map(AccountSummary::id)
                .orElseThrow(() -> new IllegalStateException("The demo account " + name + " is missing"));
    }
}
