package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.support.BrowserTest;
import org.carecoop.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * The pages anyone can open without signing in, and the page for an address that does not exist. Opening a page checks it with axe-core and at 320 px
 * wide (see {@link BrowserTest}), so these tests only add what each page must say.
 */
class PublicPageTests extends BrowserTest {

    private static final Pattern RESET_LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)");

    @Test
    void theStartPageSaysWhatCareCoopIsAndHowToBegin() {
        open("/");

        assertThat(heading()).isEqualTo("Care and support, owned by the people who give and receive it");
        assertThat(texts("a")).contains("Sign in", "Create an account", "Accessibility");
    }

    @Test
    void theAccessibilityStatementIsLinkedFromEveryPage() {
        open("/sign-in");
        click("Accessibility");

        assertThat(path()).isEqualTo("/accessibility");
        assertThat(heading()).isEqualTo("Accessibility statement");
    }

    @Test
    void anAddressThatDoesNotExistShowsAHelpfulPageNotFound() {
        // Signed out, any address that is not public leads to the sign-in page instead.
        signInAsDemo("dev");
        open("/no-such-page");

        assertThat(heading()).isEqualTo("Page not found");
        assertThat(title()).isEqualTo("Page not found – CareCoop");
        assertThat(texts("a")).contains("Go to the start page");
    }

    @Test
    void theSignInAndSignUpPagesOpen() {
        open("/sign-in");
        assertThat(heading()).isEqualTo("Sign in");

        click("Create an account");
        assertThat(heading()).isEqualTo("Create an account");
    }

    @Test
    void someoneWhoForgotTheirPasswordAsksForALinkAndChoosesANewPasswordWithIt() {
        open("/sign-in");
        click("Forgotten your password?");
        assertThat(heading()).isEqualTo("Reset your password");

        click("Send me a link");
        assertThat(errorSummary()).containsExactly("Enter your email address");

        fill("email", demo("ella"));
        click("Send me a link");
        assertThat(heading()).isEqualTo("Check your email");

        open("/password-reset/" + tokenMailedTo(demo("ella")));
        assertThat(heading()).isEqualTo("Choose a new password");

        fill("password", "a brand new password");
        fill("confirm", "a different new password");
        click("Save password");
        assertThat(errorSummary()).containsExactly("The passwords do not match");
        assertThat(errorSummaryTargets()).containsExactly("#confirm");
    }

    @Test
    void aResetLinkThatIsNotValidSaysItHasExpiredAndOffersANewOne() {
        open("/password-reset/not-a-real-token");

        assertThat(heading()).isEqualTo("This link has expired");
        assertThat(texts("a")).contains("Ask for a new link");
    }

    private static String tokenMailedTo(String address) {
        var mails = TestMail.to(address);
        assertThat(mails).as("mail to " + address).isNotEmpty();
        Matcher link = RESET_LINK.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }
}
