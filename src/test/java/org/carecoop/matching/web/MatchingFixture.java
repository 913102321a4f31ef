package org.carecoop.matching.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.Requests;
import org.carecoop.matching.internal.WorkerCard;
import org.carecoop.matching.internal.WorkerCards;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.support.IntegrationTest;

/**
 * A person somewhere of their own (far from the demo co-op and other tests) with an open request
 * for Saturday help, a worker nearby who suits it, and one who is not free enough.
 */
public final class MatchingFixture {

    public final String personEmail;
    public final UUID person;
    public final String personName;
    public final String suitedEmail;
    public final UUID suited;
    public final String suitedFirstName;
    public final String busyEmail;
    public final UUID busy;
    public final SupportRequest request;

    public MatchingFixture(PeopleApi people, WorkerCards cards, Requests requests, Instant now, LocalDate today) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        GeoPoint place = new GeoPoint(
                ThreadLocalRandom.current().nextDouble(-40, 40),
                ThreadLocalRandom.current().nextDouble(-150, 150));
        personName = "Edna " + tag;
        personEmail = IntegrationTest.freshEmail("edna");
        person = people.createAccount(personEmail, personName, IntegrationTest.PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        suitedFirstName = "Wendy" + tag;
        suitedEmail = IntegrationTest.freshEmail("wendy");
        suited = people.createAccount(
                suitedEmail, suitedFirstName + " Helper", IntegrationTest.PASSWORD, Set.of(Role.WORKER));
        busyEmail = IntegrationTest.freshEmail("walter");
        busy = people.createAccount(busyEmail, "Walter" + tag + " Busy", IntegrationTest.PASSWORD, Set.of(Role.WORKER));
        GeoPoint nearby = new GeoPoint(place.latitude() + 0.03, place.longitude());
        cards.save(card(suited, suitedFirstName + " Helper", nearby, saturday(9, 15), today), now);
        cards.save(card(busy, "Walter" + tag + " Busy", nearby, saturday(9, 10), today), now);
        request = new SupportRequest(
                UUID.randomUUID(),
                person,
                SupportRequest.Status.OPEN,
                "Saturday walks " + tag,
                "",
                SupportRequest.Kind.WEEKLY,
                saturday(10, 14),
                3,
                null,
                null,
                Set.of(Skill.GETTING_OUT, Skill.MEDICATION),
                Set.of(OutcomeSought.SOCIAL_CONNECTION),
                List.of("walking", "chess"),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(),
                place,
                "ZZ1",
                now);
        requests.insert(request, person, person);
    }

    static WorkerCard card(UUID id, String name, GeoPoint home, WeeklyPattern free, LocalDate today) {
        return new WorkerCard(
                id,
                name,
                WorkerCard.Kind.WORKER,
                home,
                "ZZ2",
                15,
                true,
                Gender.WOMAN,
                4,
                Set.of(Skill.GETTING_OUT, Skill.COMPANIONSHIP, Skill.MEDICATION),
                Set.of(Condition.STROKE),
                List.of("walking", "baking"),
                List.of("english"),
                free,
                new VettingTiers(today.plusYears(1), null),
                1600);
    }

    static WeeklyPattern saturday(int from, int to) {
        int[] hours = new int[to - from];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = WeeklyPattern.hourOfWeek(DayOfWeek.SATURDAY, from + i);
        }
        return WeeklyPattern.ofHours(hours);
    }
}
