package org.carecoop.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in tests: real time plus an offset that a test may move forward to see what
 * happens later (a link expiring, a lock lifting). One instance is shared by every test; a test that
 * moves it puts it back, most simply with try-with-resources on what {@link #advance} returns.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;
    private final AtomicReference<@Nullable Instant> frozen;

    TestClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO), new AtomicReference<>());
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset, AtomicReference<@Nullable Instant> frozen) {
        this.zone = zone;
        this.offset = offset;
        this.frozen = frozen;
    }

    /**
     * Stops time at exactly this instant until the returned handle is closed, for checking what
     * happens at a boundary to the nanosecond.
     */
    public Moved freezeAt(Instant at) {
        Instant before = frozen.getAndSet(at);
        return () -> frozen.set(before);
    }

    /** Moves time forward until the returned handle is closed, which moves it back. */
    public Moved advance(Duration by) {
        Duration before = offset.getAndUpdate(current -> current.plus(by));
        return () -> offset.set(before);
    }

    @Override
    public Instant instant() {
        Instant stopped = frozen.get();
        return stopped != null ? stopped : Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset, frozen);
    }

    /** Time moved forward; closing it puts the clock back where it was. */
    @FunctionalInterface
    public interface Moved extends AutoCloseable {
        @Override
        void close();
    }
}
