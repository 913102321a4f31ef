package org.carecoop.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: real time plus an offset that a test may move forward to see what
 * happens later (a link expiring, a lock lifting). One instance is shared by every test; a test that
 * moves it puts it back, most simply with try-with-resources on what {@link #advance} returns.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    TestClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Moves time forward until the returned handle is closed, which moves it back. */
    public Moved advance(Duration by) {
        Duration before = offset.getAndUpdate(current -> current.plus(by));
        return () -> offset.set(before);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, offset);
    }

    /** Time moved forward; closing it puts the clock back where it was. */
    @FunctionalInterface
    public interface Moved extends AutoCloseable {
        @Override
        void close();
    }
}
