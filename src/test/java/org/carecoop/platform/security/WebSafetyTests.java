package org.carecoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Security headers, CSRF and error pages, over real HTTP so the container's error handling is real. */
class WebSafetyTests extends IntegrationTest {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpVisitor.Page page = visitor().get("/sign-in");

        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'"));
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
        assertThat(page.header("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverHttps() {
        assertThat(visitor().get("/sign-in").header("Strict-Transport-Security"))
                .isEmpty();

        HttpVisitor.Page secure =
                visitor().withHeader("X-Forwarded-Proto", "https").get("/sign-in");

        assertThat(secure.header("Strict-Transport-Security"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        HttpVisitor visitor = visitor();
        visitor.get("/sign-up");
        String email = freshEmail("forged");

        HttpVisitor.Page answer = visitor.post(
                "/sign-up",
                Map.of("displayName", "Forged", "email", email, "password", "kettle on the hob", "roles", "WORKER"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(people.accountByEmail(email)).isEmpty();
        assertFriendly(answer, "error.403.title");
    }

    @Test
    void aPageThatDoesNotExistShowsAFriendlyNotFoundPage() {
        HttpVisitor visitor = visitor().signedInAs(demo("ben"), DEMO_PASSWORD);

        HttpVisitor.Page page = visitor.get("/no-such-page-here");

        assertThat(page.status()).isEqualTo(404);
        assertFriendly(page, "error.404.title");
    }

    @Test
    void aPageTheAccountMayNotOpenShowsAFriendlyForbiddenPage() {
        HttpVisitor visitor = visitor().signedInAs(demo("ben"), DEMO_PASSWORD);

        HttpVisitor.Page page = visitor.get("/assisted");

        assertThat(page.status()).isEqualTo(403);
        assertFriendly(page, "error.403.title");
    }

    @Test
    void anUnexpectedFailureShowsAFriendlyPageWithoutItsDetails() {
        HttpVisitor visitor = visitor().signedInAs(demo("ben"), DEMO_PASSWORD);

        HttpVisitor.Page page = visitor.get(FAILING_PAGE);

        assertThat(page.status()).isEqualTo(500);
        assertFriendly(page, "error.500.title");
        assertThat(page.body())
                .doesNotContain("IllegalStateException")
                .doesNotContain("secret detail")
                .doesNotContain("FailingPage");
    }

    private void assertFriendly(HttpVisitor.Page page, String titleKey) {
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body())
                .contains(html(titleKey))
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContainIgnoringCase("stack")
                .doesNotContain("Whitelabel");
    }
}
