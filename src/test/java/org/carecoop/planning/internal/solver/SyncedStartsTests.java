package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carecoop.planning.Visit;
import org.junit.jupiter.api.Test;

class SyncedStartsTests {

    private static final Visit.Sync FIRST = new Visit.Sync("g", 0, 0, 0);

    @Test
    void bothWorkersOfADoubleUpStartWhenTheLaterOneIsReady() {
        long[] starts = SyncedStarts.relax(new long[] {100, 140}, List.of(FIRST, new Visit.Sync("g", 1, 0, 0)));

        assertThat(starts).containsExactly(140, 140);
    }

    @Test
    void theSecondOfAnOrderedPairWaitsForItsMinimumGapAndPullsTheFirstWithinItsMaximum() {
        Visit.Sync second = new Visit.Sync("g", 1, 30, 60);

        assertThat(SyncedStarts.relax(new long[] {100, 110}, List.of(FIRST, second)))
                .containsExactly(100, 130);
        assertThat(SyncedStarts.relax(new long[] {100, 200}, List.of(FIRST, second)))
                .containsExactly(140, 200);
    }

    @Test
    void aPartOnNoShiftNeitherWaitsNorMakesAnyoneWait() {
        long[] starts = SyncedStarts.relax(
                new long[] {SyncedStarts.UNKNOWN, 140}, List.of(FIRST, new Visit.Sync("g", 1, 0, 0)));

        assertThat(starts[1]).isEqualTo(140);
    }
}
