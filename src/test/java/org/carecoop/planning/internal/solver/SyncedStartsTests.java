package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
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

    @Property
    void aPairWorkedOutOnItsOwnStartsWhereTheGeneralRelaxationSays(
            @ForAll("readiness") long ready0,
            @ForAll("readiness") long ready1,
            @ForAll @LongRange(max = 200) long minGap,
            @ForAll @LongRange(max = 200) long extra) {
        Visit.Sync second = new Visit.Sync("g", 1, minGap, minGap + extra);
        long[] relaxed = SyncedStarts.relax(new long[] {ready0, ready1}, List.of(FIRST, second));

        assertThat(SyncedStarts.pair(ready0, ready1, second, 0)).isEqualTo(relaxed[0]);
        assertThat(SyncedStarts.pair(ready0, ready1, second, 1)).isEqualTo(relaxed[1]);
    }

    @Provide
    Arbitrary<Long> readiness() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000), Arbitraries.just(SyncedStarts.UNKNOWN));
    }
}
