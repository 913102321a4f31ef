package org.carecoop.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.Activity;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.matching.SupportRequestsApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo matching content: Eric's open request for a weekend companion, and three activities around
 * Hebden Bridge (a Saturday walking group, a memory café and a stroke club), kept by the demo
 * co-ordinator. Made through the matching module's API, by Eric and by the co-ordinator, as they
 * would make them; a later start finds them there and leaves them alone.
 */
@Component
class DemoMatching {

    private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);
    static final String ERICS_REQUEST = "Weekend companion";

    private final PeopleApi people;
    private final SupportRequestsApi matching;
    private final boolean enabled;

    DemoMatching(
            PeopleApi people,
            SupportRequestsApi matching,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.matching = matching;
        this.enabled = enabled;
    }

    /** After {@link DemoData} and {@link DemoTeams}. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void load() {
        if (!enabled) {
            return;
        }
        demo("eric").ifPresent(this::ericsRequest);
        demo("coordinator").ifPresent(this::activities);
    }

    private void ericsRequest(AccountSummary eric) {
        Caller asEric = new Caller(
                eric.id(), eric.displayName(), eric.id(), eric.displayName(), Set.of(Role.SUPPORTED_PERSON.name()));
        if (matching.requestsOf(asEric, eric.id()).stream()
                .anyMatch(r -> r.title().equals(ERICS_REQUEST))) {
            return;
        }
        matching.createRequest(
                asEric,
                eric.id(),
                new RequestDraft(
                        ERICS_REQUEST,
                        "Someone to get out with at the weekend: a walk by the canal, the birds at Hardcastle Crags,"
                                + " a cup of tea in town. I need a reminder and a hand with my tablets at lunchtime.",
                        SupportRequest.Kind.WEEKLY,
                        WeeklyPattern.of(List.of(window(DayOfWeek.SATURDAY, 10, 16), window(DayOfWeek.SUNDAY, 10, 16))),
                        6,
                        null,
                        null,
                        Set.of(Skill.COMPANIONSHIP, Skill.GETTING_OUT, Skill.MEDICATION),
                        Set.of(OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.INDEPENDENCE),
                        List.of("walking", "birdwatching"),
                        SupportRequest.Prefers.WORKER,
                        true,
                        List.of(
                                new Preference(PreferenceKind.SKILL, Skill.MEDICATION.name(), Strength.MUST),
                                new Preference(
                                        PreferenceKind.CONDITION_EXPERIENCE,
                                        Condition.STROKE.name(),
                                        Strength.WOULD_LIKE))));
        log.info("Demo data: Eric asked for a weekend companion");
    }

    private void activities(AccountSummary coordinator) {
        Caller asCoordinator = new Caller(
                coordinator.id(),
                coordinator.displayName(),
                coordinator.id(),
                coordinator.displayName(),
                Set.of(Role.COORDINATOR.name()));
        List<Activity> activities = List.of(
                new Activity(
                        id("walking-group"),
                        "Hebden Bridge walking group",
                        "A gentle walk of two or three miles along the canal or up to Heptonstall, at the pace"
                                + " of the slowest walker, with a café stop on the way back.",
                        "Calder Valley Ramblers",
                        "Meets outside Hebden Bridge Town Hall",
                        "HX7 8AD",
                        null,
                        null,
                        WeeklyPattern.of(List.of(window(DayOfWeek.SATURDAY, 10, 13))),
                        List.of("walking", "nature", "birdwatching"),
                        Set.of(OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.HEALTH_AND_WELLBEING),
                        Set.of(),
                        true),
                new Activity(
                        id("memory-cafe"),
                        "Memory café",
                        "Tea, cake, music and reminiscence for people living with dementia and the people who"
                                + " care for them.",
                        "Upper Calder Dementia Friends",
                        "Hebden Bridge Methodist Church hall",
                        "HX7 6AD",
                        null,
                        null,
                        WeeklyPattern.of(List.of(window(DayOfWeek.WEDNESDAY, 14, 16))),
                        List.of("music", "singing", "baking"),
                        Set.of(OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.CARER_BREAK),
                        Set.of(Condition.DEMENTIA),
                        true),
                new Activity(
                        id("stroke-club"),
                        "Calder Valley stroke club",
                        "People who have had a stroke, and their families, meet for exercises, talks and a"
                                + " chat with others who know what it is like.",
                        "Calder Valley Stroke Club",
                        "Mytholmroyd Community Centre",
                        "HX7 5AB",
                        null,
                        null,
                        WeeklyPattern.of(List.of(window(DayOfWeek.THURSDAY, 10, 12))),
                        List.of("exercise", "quizzes"),
                        Set.of(OutcomeSought.INDEPENDENCE, OutcomeSought.HEALTH_AND_WELLBEING),
                        Set.of(Condition.STROKE),
                        true));
        int added = 0;
        for (Activity activity : activities) {
            if (matching.activity(activity.id()).isEmpty()) {
                matching.saveActivity(asCoordinator, activity);
                added++;
            }
        }
        if (added > 0) {
            log.info("Demo data: {} activities near Hebden Bridge", added);
        }
    }

    private static Window window(DayOfWeek day, int from, int to) {
        return new Window(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    /** The same id every time, so that loading the demo again changes nothing. */
    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("demo-activity:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<AccountSummary> demo(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN);
    }
}
