package org.carecoop.people.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.WorkerProfile;
import org.carecoop.people.internal.ProfileViewing.ProfilePage;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Lays a profile out as the summary lists of the profile pages, in words. */
@Component
class ProfilePresenter {

    private static final Locale LOCALE = Locale.UK;

    private final MessageSource messages;
    private final Geocoder geocoder;

    ProfilePresenter(MessageSource messages, Geocoder geocoder) {
        this.messages = messages;
        this.geocoder = geocoder;
    }

    /**
     * One row of a summary list.
     *
     * @param values the lines of the value; none shows "Not given"
     * @param changeHref where to change it, on one's own profile
     * @param preLine whether the value is free text whose line breaks should show
     */
    record Row(
            String labelKey, List<String> values, @Nullable String changeHref, boolean preLine) {}

    /** A titled summary list. */
    record Section(String id, String headingKey, List<Row> rows) {}

    /**
     * A profile page's content.
     *
     * @param photoUrl the photo's address, versioned so a new photo is never shown stale from a cache
     */
    record View(
            String accountId,
            String name,
            boolean own,
            @Nullable String photoUrl,
            List<Section> sections) {}

    View present(ProfilePage page, boolean own) {
        List<Section> sections = new ArrayList<>();
        sections.add(contact(page, own));
        if (page.person() != null || own && isPerson(page)) {
            sections.add(person(page.person() == null ? PersonProfile.empty() : page.person(), page.address(), own));
        }
        if (page.worker() != null || own && isWorker(page)) {
            sections.add(worker(page.worker() == null ? WorkerProfile.empty() : page.worker(), own));
        }
        String photoUrl = page.photoUpdatedAt() == null
                ? null
                : "/people/" + page.account().id() + "/photo?v="
                        + page.photoUpdatedAt().toEpochMilli();
        return new View(page.account().id().toString(), page.account().displayName(), own, photoUrl, sections);
    }

    private static boolean isPerson(ProfilePage page) {
        return org.carecoop.people.internal.ProfileSections.person(
                page.account().roles());
    }

    private static boolean isWorker(ProfilePage page) {
        return org.carecoop.people.internal.ProfileSections.worker(
                page.account().roles());
    }

    private Section contact(ProfilePage page, boolean own) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("summary.name", one(page.account().displayName()), own, "displayName"));
        rows.add(new Row("summary.email", one(page.account().email()), null, false));
        rows.add(row("summary.phone", one(page.account().phone()), own, "phone"));
        return new Section("contact", "profile.section.contact", rows);
    }

    private Section person(PersonProfile p, @Nullable PersonAddress address, boolean own) {
        List<Row> rows = new ArrayList<>();
        rows.add(text("summary.person.about", p.about(), own, "person.about"));
        rows.add(row("summary.person.needs", labels("need", p.needs()), own, "person.needs"));
        rows.add(text("summary.person.needsDetail", p.needsDetail(), own, "person.needsDetail"));
        rows.add(row("summary.person.conditions", labels("condition", p.conditions()), own, "person.conditions"));
        rows.add(row("summary.person.outcomes", labels("outcome", p.outcomes()), own, "person.outcomes"));
        rows.add(row("summary.interests", p.interests(), own, "person.interests"));
        rows.add(row(
                "summary.person.preferredWorkerGender",
                List.of(label("genderPreference", p.preferredWorkerGender())),
                own,
                "person.preferredWorkerGender"));
        rows.add(row("summary.languages", p.languages(), own, "person.languages"));
        List<String> safety = new ArrayList<>();
        if (p.phoneBeforeVisit()) {
            safety.add(text("profile.person.phoneBeforeVisit"));
        }
        if (p.photoBeforeFirstVisit()) {
            safety.add(text("profile.person.photoBeforeFirstVisit"));
        }
        if (!p.safetyNotes().isEmpty()) {
            safety.add(p.safetyNotes());
        }
        rows.add(new Row("summary.person.safety", safety, own ? edit("person.phoneBeforeVisit") : null, true));
        rows.add(row("summary.person.postcode", place(p.postcode()), own, "person.postcode"));
        rows.add(new Row("summary.person.address", street(address), own ? "/profile/address" : null, false));
        rows.add(row("summary.person.timesWanted", labels("time", p.timesWanted()), own, "person.timesWanted"));
        rows.add(text("summary.person.timesDetail", p.timesDetail(), own, "person.timesDetail"));
        return new Section("person", own ? "profile.section.person" : "profile.section.person.other", rows);
    }

    private Section worker(WorkerProfile w, boolean own) {
        List<Row> rows = new ArrayList<>();
        rows.add(text("summary.worker.bio", w.bio(), own, "worker.bio"));
        rows.add(row("summary.worker.gender", List.of(label("gender", w.gender())), own, "worker.gender"));
        rows.add(row("summary.worker.skills", labels("skill", w.skills()), own, "worker.skills"));
        rows.add(text("summary.worker.qualifications", w.qualifications(), own, "worker.qualifications"));
        rows.add(row(
                "summary.worker.experienceYears",
                List.of(messages.getMessage(
                        "profile.worker.experienceYears.value", new Object[] {w.experienceYears()}, LOCALE)),
                own,
                "worker.experienceYears"));
        rows.add(row("summary.worker.conditions", labels("condition", w.conditions()), own, "worker.conditions"));
        rows.add(row("summary.interests", w.interests(), own, "worker.interests"));
        rows.add(row("summary.languages", w.languages(), own, "worker.languages"));
        rows.add(row(
                "summary.worker.employmentBasis",
                List.of(label("employmentBasis", w.employmentBasis())),
                own,
                "worker.employmentBasis"));
        rows.add(row("summary.worker.postcode", place(w.postcode()), own, "worker.postcode"));
        rows.add(row(
                "summary.worker.travelRadiusKm",
                List.of(messages.getMessage(
                        "profile.worker.travelRadiusKm.value", new Object[] {w.travelRadiusKm()}, LOCALE)),
                own,
                "worker.travelRadiusKm"));
        rows.add(row("summary.worker.hourlyRate", List.of(w.hourlyRate().toString()), own, "worker.hourlyRate"));
        rows.add(row(
                "summary.worker.drives",
                List.of(text(w.drives() ? "profile.yes" : "profile.no")),
                own,
                "worker.drives"));
        return new Section("worker", own ? "profile.section.worker" : "profile.section.worker.other", rows);
    }

    /** The address lines and town, without the postcode, which has its own row. */
    private static List<String> street(@Nullable PersonAddress address) {
        if (address == null) {
            return List.of();
        }
        List<String> street = new ArrayList<>(address.lines());
        if (!address.town().isEmpty()) {
            street.add(address.town());
        }
        return street;
    }

    /** A postcode with the place it is in, and whether that is exact. */
    private List<String> place(@Nullable Postcode postcode) {
        if (postcode == null) {
            return List.of();
        }
        return geocoder.locate(postcode)
                .filter(location -> location.place() != null)
                .map(location -> messages.getMessage(
                        location.exact() ? "profile.postcode.place" : "profile.postcode.placeApproximate",
                        new Object[] {postcode.value(), placeName(location)},
                        LOCALE))
                .map(List::of)
                .orElse(List.of(postcode.value()));
    }

    private static String placeName(Location location) {
        return location.place() == null ? "" : location.place();
    }

    private Row row(String labelKey, List<String> values, boolean own, String field) {
        return new Row(labelKey, values, own ? edit(field) : null, false);
    }

    private Row text(String labelKey, String value, boolean own, String field) {
        return new Row(labelKey, value.isEmpty() ? List.of() : List.of(value), own ? edit(field) : null, true);
    }

    private static String edit(String field) {
        return "/profile/edit#" + field;
    }

    private static List<String> one(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private List<String> labels(String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> label(prefix, v)).toList();
    }

    private String label(String prefix, Enum<?> value) {
        return text(prefix + "." + value.name().toLowerCase(Locale.ROOT));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LOCALE);
    }
}
