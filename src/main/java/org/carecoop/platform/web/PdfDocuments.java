package org.carecoop.platform.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Documents to print and post (letters, rotas), written as Thymeleaf templates in plain XHTML and turned
 * into PDF with openhtmltopdf. Templates carry their own print styles (large clear type), since people
 * who get these by post often read them without help.
 */
@Component
public class PdfDocuments {

    private final SpringTemplateEngine templates;

    PdfDocuments(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The template filled in with these variables, as a PDF. */
    public byte[] render(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.UK);
        variables.forEach(context::setVariable);
        String html = templates.process(template, context);
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
