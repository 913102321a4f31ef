package org.carecoop.matching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.matching.internal.Shortlist;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.platform.web.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A shortlist as a plain-language letter to post (CH7): the best few candidates, what each can help
 * with and why they match, and how to reply by phone, in large clear type.
 */
@Component
class ShortlistLetter {

    /** How many candidates a letter names. */
    static final int SIZE = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PdfDocuments pdf;
    private final ShortlistViews views;
    private final PeopleApi people;
    private final Clock clock;
    private final String phone;

    ShortlistLetter(
            PdfDocuments pdf,
            ShortlistViews views,
            PeopleApi people,
            Clock clock,
            @Value("${carecoop.coop.phone:01422 000000}") String phone) {
        this.pdf = pdf;
        this.views = views;
        this.people = people;
        this.clock = clock;
        this.phone = phone;
    }

    byte[] render(UUID personId, Shortlist shortlist) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                "name",
                people.account(personId).map(AccountSummary::displayName).orElse(""));
        variables.put(
                "postcode",
                people.personProfile(personId)
                        .map(PersonProfile::postcode)
                        .map(Object::toString)
                        .orElse(null));
        variables.put("date", DATE.format(LocalDate.now(clock)));
        variables.put("request", shortlist.request());
        variables.put(
                "candidates", views.candidates(shortlist).stream().limit(SIZE).toList());
        variables.put("phone", phone);
        return pdf.render("matching/letter", variables);
    }
}
