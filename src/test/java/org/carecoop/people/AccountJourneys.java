package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Signing up, signing in and signing out in a real browser. The same journeys run with JavaScript
 * ({@link AccountJourneyTests}) and without it ({@link AccountJourneyWithoutJavaScriptTests}); every
 * page on the way, error pages included, is checked for accessibility and for fitting a small phone.
 */
abstract class AccountJourneys extends BrowserTest {

    static final String COMMON_PASSWORD = "sunshine";
    static final String GOOD_PASSWORD = "calder valley tea rooms";

    @Test
    void aNewWorkerSignsUpIsToldTheirAccountIsReadyAndSignsInToTheirHomePage() {
        String email = uniqueEmail("worker");

        open("/");
        click("Create an account");
        fill("displayName", "Jo Ackroyd");
        fill("email", email);
        fill("password", GOOD_PASSWORD);
        choose("Care worker or personal assistant");
        click("Create account");

        assertThat(path()).isEqualTo("/sign-in");
        assertThat(successMessage()).isEqualTo("Your account has been created. Sign in to carry on.");

        fill("email", email);
        fill("password", GOOD_PASSWORD);
        click("Sign in");

        assertThat(path()).isEqualTo("/dashboard");
        assertThat(heading()).isEqualTo("Hello, Jo Ackroyd");
    }

    @Test
    void someoneWhoSendsAnEmptySignUpFormIsShownEveryProblemLinkedToItsFieldAndCanPutThemRight() {
        open("/sign-up");
        click("Create account");

        assertThat(title()).startsWith("Error: Create an account");
        assertThat(errorSummary())
                .containsExactly(
                        "Enter your name",
                        "Enter your email address",
                        "Enter a password",
                        "Select what you will use CareCoop for");
        assertThat(errorSummaryTargets()).containsExactly("#displayName", "#email", "#password", "#roles");
        assertThat(errorMessage("displayName")).isEqualTo("Enter your name");
        assertThat(errorMessage("roles")).isEqualTo("Select what you will use CareCoop for");

        click("Enter your email address");
        if (javaScriptEnabled()) {
            assertThat(focused().getDomAttribute("id")).isEqualTo("email");
        } else {
            assertThat(browser().getCurrentUrl()).endsWith("/sign-up#email");
        }

        String email = uniqueEmail("worker");
        fill("displayName", "Sam Ridge");
        fill("email", email);
        fill("password", COMMON_PASSWORD);
        choose("Care worker or personal assistant");
        click("Create account");

        assertThat(errorSummary())
                .containsExactly("This password is too common and easy to guess. Choose a different one");
        assertThat(errorMessage("password"))
                .isEqualTo("This password is too common and easy to guess. Choose a different one");
        assertThat(valueOf("displayName")).isEqualTo("Sam Ridge");

        fill("password", GOOD_PASSWORD);
        click("Create account");

        assertThat(successMessage()).isEqualTo("Your account has been created. Sign in to carry on.");
        signInAs(email, GOOD_PASSWORD);
        assertThat(heading()).isEqualTo("Hello, Sam Ridge");
    }

    @Test
    void aWrongPasswordIsShownInTheErrorSummaryWithoutSayingWhetherTheAccountExists() {
        signInAs(demo("grace"), "not-graces-password");

        assertThat(path()).isEqualTo("/sign-in?error");
        assertThat(title()).startsWith("Error: Sign in");
        assertThat(errorSummary()).containsExactly("Enter a correct email address and password");
        assertThat(errorSummaryTargets()).containsExactly("#email");

        signInAs(uniqueEmail("nobody"), "not-anyones-password");

        assertThat(errorSummary()).containsExactly("Enter a correct email address and password");
    }

    @Test
    void signingOutGoesBackToTheStartPageAndTheHomePageThenAsksToSignIn() {
        signInAsDemo("linda");
        assertThat(heading()).isEqualTo("Hello, Linda Sutcliffe");

        signOut();

        assertThat(path()).startsWith("/?signed-out");
        assertThat(texts("a")).contains("Sign in");

        open("/dashboard");

        assertThat(path()).isEqualTo("/sign-in");
        assertThat(heading()).isEqualTo("Sign in");
    }
}
