package org.carecoop.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.carecoop.matching.SupportRequest.Kind;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.Prefers;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;

/**
 * What someone says a support request should be, before the service gives it an id, its person's
 * place and a creation time. Checked when it becomes a {@link SupportRequest}.
 *
 * @see SupportRequest for the meaning of each part
 */
public record RequestDraft(
        String title,
        String details,
        Kind kind,
        WeeklyPattern times,
        int hoursWanted,
        @Nullable Instant oneOffStart,
        @Nullable Instant oneOffEnd,
        Set<Skill> tasks,
        Set<OutcomeSought> outcomes,
        List<String> interests,
        Prefers prefers,
        boolean sharedWithWorkers,
        List<Preference> preferences) {

    /** What an existing request says, to change it. */
    public static RequestDraft of(SupportRequest r) {
        return new RequestDraft(
                r.title(),
                r.details(),
                r.kind(),
                r.times(),
                r.hoursWanted(),
                r.oneOffStart(),
                r.oneOffEnd(),
                r.tasks(),
                r.outcomes(),
                r.interests(),
                r.prefers(),
                r.sharedWithWorkers(),
                r.preferences());
    }
}
