package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.Activity;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.matching.SupportRequestsApi;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Eric's open request and the activities near Hebden Bridge, made once however often the demo loads. */
class DemoMatchingTests extends IntegrationTest {

    @Autowired
    SupportRequestsApi matching;

    @Autowired
    DemoMatching demo;

    @Test
    void ericHasOneOpenWeekendCompanionRequestEvenAfterLoadingAgain() {
        demo.load();
        UUID eric = people.accountByEmail(demo("eric")).orElseThrow().id();
        Caller asEric = new Caller(eric, "Eric Walsh", eric, "Eric Walsh", Set.of("SUPPORTED_PERSON"));

        List<SupportRequest> weekend = matching.requestsOf(asEric, eric).stream()
                .filter(r -> r.title().equals(DemoMatching.ERICS_REQUEST))
                .toList();

        assertThat(weekend).hasSize(1);
        SupportRequest r = weekend.get(0);
        assertThat(r.isOpen()).isTrue();
        assertThat(r.times())
                .isEqualTo(WeeklyPattern.of(List.of(
                        new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)),
                        new Window(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)))));
        assertThat(r.hoursWanted()).isEqualTo(6);
        assertThat(r.tasks()).containsExactlyInAnyOrder(Skill.COMPANIONSHIP, Skill.GETTING_OUT, Skill.MEDICATION);
        assertThat(r.outcomes()).containsExactlyInAnyOrder(OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.INDEPENDENCE);
        assertThat(r.interests()).contains("walking");
        assertThat(r.musts()).containsExactly(new Preference(PreferenceKind.SKILL, "MEDICATION", Strength.MUST));
        assertThat(r.wouldLikes())
                .containsExactly(new Preference(PreferenceKind.CONDITION_EXPERIENCE, "STROKE", Strength.WOULD_LIKE));
        assertThat(r.prefers()).isEqualTo(SupportRequest.Prefers.WORKER);
        assertThat(r.sharedWithWorkers()).isTrue();
        assertThat(r.district()).isEqualTo("HX7");
    }

    @Test
    void theWalkingGroupMemoryCafeAndStrokeClubMeetNearHebdenBridge() {
        demo.load();
        List<Activity> near = matching.activeActivities().stream()
                .filter(a -> "HX7".equals(a.district()))
                .toList();

        Activity walking = near.stream()
                .filter(a -> a.name().equals("Hebden Bridge walking group"))
                .findFirst()
                .orElseThrow();
        assertThat(walking.interests()).contains("walking");
        assertThat(walking.outcomes())
                .containsExactlyInAnyOrder(OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.HEALTH_AND_WELLBEING);
        assertThat(walking.location()).isNotNull();
        assertThat(walking.meets().windows()).allMatch(w -> w.day() == DayOfWeek.SATURDAY);
        assertThat(near)
                .filteredOn(a -> a.conditions().contains(Condition.DEMENTIA))
                .hasSize(1);
        assertThat(near)
                .filteredOn(a -> a.conditions().contains(Condition.STROKE))
                .hasSize(1);
    }
}
