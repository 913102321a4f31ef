package org.carecoop.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One row of the bad-input table: an endpoint that takes input, a valid baseline payload, what must
 * stay the same in the database when the input is refused, and the mutations of the baseline that
 * must each be refused with a clear message. Reads like:
 *
 * <pre>{@code
 * form("POST /sign-up")
 *         .valid("displayName", "Alex Example").valid("email", fresh()).valid("roles", "WORKER")
 *         .unchanged("accounts", () -> count("people.account"))
 *         .refuses(missing("displayName"), "displayName", "Enter your name")
 *         .refuses(scripts("displayName"), "displayName", "Use plain text only")
 *         .acceptsBaselineWith(302)
 * }</pre>
 */
final class InputRow {

    /** A web form (re-rendered with the GOV.UK error summary) or a JSON API endpoint (problem+json). */
    enum Kind {
        FORM,
        JSON
    }

    /** What a refused request must say: its status, the field (if any) and words of the message. */
    record Expectation(int status, @Nullable String field, String message) {}

    /** A refused variation of the baseline. */
    record Case(Mutation mutation, Expectation expectation) {}

    private final Kind kind;
    private final String method;
    private final String path;
    private final Map<String, Object> baseline = new LinkedHashMap<>();
    private final Map<String, Supplier<?>> unchanged = new LinkedHashMap<>();
    private final List<Case> cases = new ArrayList<>();
    private int acceptedStatus;
    private boolean readOnly;
    private @Nullable String signedInAs;

    private InputRow(Kind kind, String route) {
        Route parsed = Route.parse(route);
        this.kind = kind;
        this.method = parsed.method();
        this.path = parsed.pattern();
    }

    /** A web form posted as {@code application/x-www-form-urlencoded}, with a CSRF token. */
    static InputRow form(String route) {
        return new InputRow(Kind.FORM, route);
    }

    /** A JSON API endpoint. */
    static InputRow json(String route) {
        return new InputRow(Kind.JSON, route);
    }

    /**
     * A field of the valid baseline. The value is a string, a list of strings (repeated form field,
     * JSON array), anything JSON can hold, or a {@link Supplier} of those for a value that must be
     * fresh on every request (an unused email address).
     */
    InputRow valid(String field, Object value) {
        baseline.put(field, value);
        return this;
    }

    /** Something in the database that no refused request may change. */
    InputRow unchanged(String what, Supplier<?> snapshot) {
        unchanged.put(what, snapshot);
        return this;
    }

    /** A web form mutation: re-rendered with this message in the error summary and at the field. */
    InputRow refuses(Mutation mutation, String field, String message) {
        cases.add(new Case(mutation, new Expectation(200, field, message)));
        return this;
    }

    /** Each of several mutations refused alike (e.g. {@link Mutation#scripts}). */
    InputRow refuses(List<Mutation> mutations, String field, String message) {
        mutations.forEach(m -> refuses(m, field, message));
        return this;
    }

    /**
     * An API mutation: refused with this status as problem+json, the message in the errors for the
     * field or, when the field is null, in the {@code detail}.
     */
    InputRow refuses(Mutation mutation, int status, @Nullable String field, String message) {
        cases.add(new Case(mutation, new Expectation(status, field, message)));
        return this;
    }

    InputRow refuses(List<Mutation> mutations, int status, @Nullable String field, String message) {
        mutations.forEach(m -> refuses(m, status, field, message));
        return this;
    }

    /**
     * Sends every request signed in as this account (email): a web session for forms, a bearer token
     * for the API.
     */
    InputRow signedInAs(String email) {
        this.signedInAs = email;
        return this;
    }

    /** The baseline itself is accepted with this status and changes the database; checked last. */
    InputRow acceptsBaselineWith(int status) {
        this.acceptedStatus = status;
        return this;
    }

    /**
     * The baseline is accepted with this status and, like a review step that only shows what would
     * happen, changes nothing; its refusals are still checked to change nothing either.
     */
    InputRow acceptsBaselineReadOnlyWith(int status) {
        this.acceptedStatus = status;
        this.readOnly = true;
        return this;
    }

    boolean readOnly() {
        return readOnly;
    }

    Kind kind() {
        return kind;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** The baseline with fresh values drawn. */
    Payload baseline() {
        Map<String, Object> fields = new LinkedHashMap<>();
        baseline.forEach((k, v) -> fields.put(k, v instanceof Supplier<?> s ? s.get() : v));
        return new Payload(fields, null, null);
    }

    Map<String, Supplier<?>> unchanged() {
        return unchanged;
    }

    List<Case> cases() {
        return cases;
    }

    int acceptedStatus() {
        return acceptedStatus;
    }

    @Nullable
    String signedInAs() {
        return signedInAs;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** A request body: fields, or a raw body with its content type. */
    record Payload(
            Map<String, Object> fields,
            @Nullable String rawBody,
            @Nullable String contentType) {

        Payload with(String field, Object value) {
            Map<String, Object> changed = new LinkedHashMap<>(fields);
            changed.put(field, value);
            return new Payload(changed, rawBody, contentType);
        }

        Payload without(String field) {
            Map<String, Object> changed = new LinkedHashMap<>(fields);
            changed.remove(field);
            return new Payload(changed, rawBody, contentType);
        }
    }

    /** A named change to the baseline payload. */
    record Mutation(String name, UnaryOperator<Payload> change) {

        static final String TEN_THOUSAND = "x".repeat(10_000);
        static final String SCRIPT = "<script>alert(1)</script>";
        static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

        static Mutation missing(String field) {
            return new Mutation(field + " missing", p -> p.without(field));
        }

        static Mutation blank(String field) {
            return new Mutation(field + " blank", p -> p.with(field, "   "));
        }

        static Mutation oversized(String field) {
            return new Mutation(field + " of 10,000 characters", p -> p.with(field, TEN_THOUSAND));
        }

        static Mutation set(String field, Object value) {
            String shown = String.valueOf(value);
            return new Mutation(
                    field + " = " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown),
                    p -> p.with(field, value));
        }

        /** The field set to each of the script-bearing values. */
        static List<Mutation> scripts(String field) {
            return List.of(set(field, SCRIPT), set(field, BREAKOUT));
        }

        /** The whole body replaced by this text, sent as this content type. */
        static Mutation body(String name, String rawBody, String contentType) {
            return new Mutation(name, p -> new Payload(p.fields(), rawBody, contentType));
        }

        /** The fields sent as JSON instead of the expected type. */
        static Mutation asContentType(String contentType) {
            return new Mutation("sent as " + contentType, p -> new Payload(p.fields(), null, contentType));
        }

        Mutation and(Mutation other) {
            return new Mutation(name + ", " + other.name, p -> other.change.apply(change.apply(p)));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
