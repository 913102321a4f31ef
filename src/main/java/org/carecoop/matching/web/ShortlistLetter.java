package org.carecoop.matching.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.matching.internal.Shortlist;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A shortlist as a plain-language letter to post (CH7): the best few candidates, what each can help
 * with and why they match, and how to reply by phone. Rendered from a Thymeleaf template to PDF with
 * openhtmltopdf, in large clear type.
 */
@Component
class ShortlistLetter {

    /** How many candidates a letter names. */
    static final int SIZE = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SpringTemplateEngine templates;
    private final ShortlistViews views;
    private final PeopleApi people;
    private final Clock clock;
    private final String phone;

    ShortlistLetter(
            SpringTemplateEngine templates,
            ShortlistViews views,
            PeopleApi people,
            Clock clock,
            @Value("${carecoop.coop.phone:01422 000000}") String phone) {
        this.templates = templates;
        this.views = views;
        this.people = people;
        this.clock = clock;
        this.phone = phone;
    }

    byte[] render(UUID personId, Shortlist shortlist) {
        Context context = new Context(Locale.UK);
        context.setVariable(
                "name",
                people.account(personId).map(AccountSummary::displayName).orElse(""));
        context.setVariable(
                "postcode",
                people.personProfile(personId)
                        .map(PersonProfile::postcode)
                        .map(Object::toString)
                        .orElse(null));
        context.setVariable("date", DATE.format(LocalDate.now(clock)));
        context.setVariable("request", shortlist.request());
        context.setVariable(
                "candidates", views.candidates(shortlist).stream().limit(SIZE).toList());
        context.setVariable("phone", phone);
        String html = templates.process("matching/letter", context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
