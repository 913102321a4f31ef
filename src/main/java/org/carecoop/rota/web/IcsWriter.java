package org.carecoop.rota.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.carecoop.rota.internal.CalendarFeeds.Contents;
import org.carecoop.rota.internal.CalendarFeeds.Entry;
import org.carecoop.visits.VisitStatus;
import org.springframework.context.MessageSource;

/**
 * Writes a feed as an RFC 5545 calendar. Times are UTC ({@code …Z}), so no time-zone definitions are
 * needed and every calendar app shows them in its own zone. Cancelled visits stay in the feed with
 * {@code STATUS:CANCELLED}, so a calendar that already has them takes them off; each visit's id is its
 * {@code UID}, so a moved visit moves rather than appearing twice.
 */
final class IcsWriter {

    private IcsWriter() {}

    static String write(Contents contents, Instant now, java.time.ZoneId zone, MessageSource messages) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CareCoop//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        String name = text(messages, "feeds.ics.name", contents.calendarName());
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new net.fortuna.ical4j.model.ParameterList(), java.time.Duration.ofHours(1)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        // The co-op's zone, so that the calendar has a component even with no visits (RFC 5545 asks for one)
        // and apps know where the times belong.
        calendar.add(TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(zone.getId())
                .getVTimeZone());
        for (Entry entry : contents.entries()) {
            calendar.add(event(entry, now, messages));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("a calendar feed could not be written", e);
        }
        return out.toString();
    }

    private static VEvent event(Entry entry, Instant now, MessageSource messages) {
        String workers = String.join(", ", entry.workerNames());
        String summary = entry.personName() == null
                ? (workers.isEmpty()
                        ? text(messages, "feeds.ics.visit")
                        : text(messages, "feeds.ics.visitFrom", workers))
                : text(messages, "feeds.ics.visitTo", entry.personName());
        VEvent event = new VEvent(entry.visit().start(), entry.visit().end(), summary);
        event.add(new Uid(entry.visit().id() + "@carecoop"));
        event.replace(new DtStamp(now));
        event.add(
                entry.visit().status() == VisitStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.postcode() != null) {
            event.add(new Location(entry.postcode()));
        }
        if (entry.personName() != null && !workers.isEmpty()) {
            event.add(new Description(text(messages, "feeds.ics.with", workers)));
        }
        return event;
    }

    private static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.UK);
    }
}
