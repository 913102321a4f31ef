package org.carecoop.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RequestsTests extends IntegrationTest {

    @Autowired
    Requests requests;

    @Test
    void aRequestReadsBackAsStoredAndClosesOnce() {
        UUID person = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        SupportRequest weekly = new SupportRequest(
                UUID.randomUUID(),
                person,
                SupportRequest.Status.OPEN,
                "Weekend companion",
                "Someone to walk with",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.of(List.of(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)))),
                3,
                null,
                null,
                Set.of(Skill.COMPANIONSHIP, Skill.MEDICATION),
                Set.of(OutcomeSought.SOCIAL_CONNECTION),
                List.of("Walking", "birds"),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(
                        new Preference(PreferenceKind.SKILL, "MEDICATION", Strength.MUST),
                        new Preference(PreferenceKind.DRIVES, "", Strength.WOULD_LIKE)),
                new GeoPoint(53.74, -2.01),
                "HX7",
                now);

        requests.insert(weekly, person, person);

        SupportRequest read = requests.find(weekly.id()).orElseThrow();
        assertThat(read).isEqualTo(weekly);
        assertThat(read.interests()).containsExactly("walking", "birds");
        assertThat(requests.ofPerson(person)).containsExactly(weekly);
        assertThat(requests.open()).contains(weekly);

        assertThat(requests.close(weekly.id(), now.plusSeconds(60))).isTrue();
        assertThat(requests.close(weekly.id(), now.plusSeconds(120))).isFalse();
        assertThat(requests.find(weekly.id()).orElseThrow().status()).isEqualTo(SupportRequest.Status.CLOSED);
        assertThat(requests.open()).doesNotContain(weekly);
    }
}
