package org.carecoop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using the application over real HTTP on the test server's port, as a browser would: it
 * keeps the cookies it is given, sends them back, and does not follow redirects, so tests see each
 * step. Sessions, cookies and error pages are the servlet container's real ones.
 */
public final class HttpVisitor {

    public static final String SESSION_COOKIE = "CARECOOP_SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public HttpVisitor(int port) {
        this.base = "http://127.0.0.1:" + port;
        headers.put("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    /** A page as received. */
    public record Page(int status, java.net.http.HttpHeaders headers, String body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** Where a redirect points, without the scheme and host. */
        public String location() {
            String location = headers.firstValue("Location")
                    .orElseThrow(() -> new AssertionError("Expected a redirect but got " + status + ": " + body));
            return location.replaceFirst("^https?://[^/]+", "");
        }

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No CSRF token on the page: " + body);
            }
            return m.group(1);
        }
    }

    /** Sends this header with every later request. */
    public HttpVisitor withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form as it is, with no CSRF token unless the fields hold one. */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens {@code page}, then posts a form to {@code action} with that page's CSRF token. */
    public Page submit(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", get(page).csrf());
        return post(action, withToken);
    }

    /** Signs in through the sign-in form; returns the answer to the form post. */
    public Page signIn(String email, String password) {
        return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    /** Signs in and fails the test unless it worked. */
    public HttpVisitor signedInAs(String email, String password) {
        Page answer = signIn(email, password);
        if (answer.status() != 302 || !answer.location().equals("/dashboard")) {
            throw new AssertionError("Sign-in as " + email + " did not work: " + answer.status() + " "
                    + answer.headers().map());
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Puts a cookie back, as someone replaying an old one would. */
    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keepCookies(response.headers().allValues("Set-Cookie"));
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keepCookies(List<String> setCookies) {
        for (String setCookie : setCookies) {
            String[] parts = setCookie.split(";");
            String[] pair = parts[0].split("=", 2);
            String name = pair[0].strip();
            String value = pair.length > 1 ? pair[1].strip() : "";
            boolean removed = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
                    removed = true;
                }
            }
            if (removed) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
