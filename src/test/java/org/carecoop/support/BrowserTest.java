package org.carecoop.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that drive the application in a real headless Chromium (see {@link Chromium}),
 * like a person would: open pages, fill in forms, press buttons.
 *
 * <p><b>Every page is checked.</b> Each page the browser lands on — by {@link #open}, by {@link
 * #click}, or by anything done through {@link #browser()} — is checked with axe-core against WCAG 2.2
 * A and AA and for sideways scrolling at 320 px (see {@link PageChecks}) before the call returns, and
 * the test fails there listing every problem. That includes pages that show validation errors, so a
 * journey that goes through an error and corrects it checks both pages without saying so. Markup the
 * browser has already checked (the same page again) is not checked twice. {@link
 * #checkAccessibility()} and {@link #checkReflow()} check again on demand, for example after
 * something changed on the page without loading a new one.
 *
 * <p>A journey reads as a sentence, using the helpers: {@link #open}, {@link #signInAs}, {@link
 * #signInAsDemo}, {@link #signOut}, {@link #fill}, {@link #choose} (a checkbox or radio by its label),
 * {@link #click} (a button or link by its text), and to read the page {@link #heading}, {@link
 * #title}, {@link #path}, {@link #errorSummary}, {@link #errorSummaryTargets}, {@link #errorMessage},
 * {@link #successMessage}, {@link #valueOf}, {@link #texts} and {@link #focused}:
 *
 * <pre>{@code
 * class ProfileJourneyTests extends BrowserTest {
 *
 *     @Test
 *     void aWorkerCorrectsAMistakeInTheirProfile() {
 *         signInAsDemo("amina");
 *         open("/profile/edit");
 *         fill("displayName", "");
 *         click("Save");
 *         assertThat(errorSummary()).containsExactly("Enter your name");
 *         assertThat(errorSummaryTargets()).containsExactly("#displayName");
 *         assertThat(errorMessage("displayName")).isEqualTo("Enter your name");
 *
 *         fill("displayName", "Amina H");
 *         click("Save");
 *         assertThat(successMessage()).contains("saved");
 *     }
 * }
 * }</pre>
 *
 * <p>One browser serves all the tests of a class (starting one takes a second or two); before each
 * test its cookies are cleared, so every test starts signed out. The application and its database are
 * shared by all tests: make new accounts with {@link #uniqueEmail(String)}. To run journeys without
 * JavaScript as well, put them in an abstract class and extend it twice, once overriding {@link
 * #javaScriptEnabled()} to return {@code false} (see {@code AccountJourneys}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    private Chromium chromium;

    /** {@code false} to run this class's tests with JavaScript switched off in the browser. */
    protected boolean javaScriptEnabled() {
        return true;
    }

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start(javaScriptEnabled());
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signedOut() {
        chromium.unchecked().manage().deleteAllCookies();
    }

    // --- Going places ---------------------------------------------------------------------------

    /** Opens a page of the application, e.g. {@code open("/sign-up")}; the page is checked. */
    protected void open(String path) {
        browser().get(url(path));
    }

    /** The application's address for a path, e.g. {@code http://localhost:41234/sign-in}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The path (and query, if any) of the page in the browser, e.g. {@code /sign-in?error}. */
    protected String path() {
        URI uri = URI.create(browser().getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    }

    /** Signs in on the sign-in page; where the browser ends up is for the test to check. */
    protected void signInAs(String email, String password) {
        open("/sign-in");
        fill("email", email);
        fill("password", password);
        click("Sign in");
    }

    /** Signs in as a demo account by its short name, e.g. {@code signInAsDemo("coordinator")}. */
    protected void signInAsDemo(String name) {
        signInAs(demo(name), DEMO_PASSWORD);
    }

    /** Presses "Sign out" in the navigation. */
    protected void signOut() {
        click("Sign out");
    }

    /** A new email address no other test uses, e.g. {@code uniqueEmail("worker")}. */
    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    // --- Doing things ---------------------------------------------------------------------------

    /** Replaces the text in the field with this id (an input or textarea). */
    protected void fill(String id, String text) {
        WebElement field = browser().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Selects the checkbox or radio button with this id, if it is not selected already. */
    protected void tick(String id) {
        WebElement box = browser().findElement(By.id(id));
        if (!box.isSelected()) {
            // GOV.UK hides the real input under its styled label: click the label, as a person would.
            browser().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    /** Selects the checkbox or radio button whose label reads exactly this, e.g. {@code choose("Volunteer")}. */
    protected void choose(String label) {
        WebElement labelElement = browser()
                .findElement(By.xpath("//label[contains(@class,'govuk-checkboxes__label') or contains(@class,"
                        + "'govuk-radios__label')][normalize-space(.)=" + xpathLiteral(label) + "]"));
        tick(labelElement.getDomAttribute("for"));
    }

    /**
     * Presses the button or follows the link whose visible text is exactly this (spaces trimmed), e.g.
     * {@code click("Create account")}. A page it leads to is checked.
     */
    protected void click(String text) {
        String literal = xpathLiteral(text);
        List<WebElement> found = browser()
                .findElements(By.xpath("//button[normalize-space(.)=" + literal + "] | //a[normalize-space(.)="
                        + literal + "] | //input[(@type='submit' or @type='button') and @value=" + literal + "]"));
        if (found.isEmpty()) {
            throw new NoSuchElementException("No button or link reads \"" + text + "\" on " + path());
        }
        found.get(0).click();
    }

    // --- Reading the page -----------------------------------------------------------------------

    /** The browser, with every page it lands on checked: for anything the helpers do not cover. */
    protected WebDriver browser() {
        return chromium.driver();
    }

    /** The page's title, as a screen reader announces it first. */
    protected String title() {
        return browser().getTitle();
    }

    /** The text of the page's main heading. */
    protected String heading() {
        return browser().findElement(By.tagName("h1")).getText();
    }

    /** The messages listed in the error summary, in order; empty if the page has none. */
    protected List<String> errorSummary() {
        return texts(".govuk-error-summary__list a");
    }

    /** Where each error summary link points, e.g. {@code #email}, in order. */
    protected List<String> errorSummaryTargets() {
        return withoutWaiting(() -> browser().findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(a -> URI.create(a.getDomAttribute("href")).getRawFragment())
                .map(fragment -> "#" + fragment)
                .toList());
    }

    /** The error message shown with the field with this id, without the hidden "Error:" prefix. */
    protected String errorMessage(String id) {
        return browser()
                .findElement(By.id(id + "-error"))
                .getText()
                .replaceFirst("^Error:\\s*", "")
                .trim();
    }

    /** What is in the field with this id now (typed, or filled in again by the server). */
    protected String valueOf(String id) {
        return browser().findElement(By.id(id)).getDomProperty("value");
    }

    /** The message of the green success banner; fails if there is none. */
    protected String successMessage() {
        return browser()
                .findElement(By.cssSelector(".govuk-notification-banner--success .govuk-notification-banner__heading"))
                .getText();
    }

    /** The visible texts of the elements matching a CSS selector; empty if there are none. */
    protected List<String> texts(String cssSelector) {
        return withoutWaiting(() -> browser().findElements(By.cssSelector(cssSelector)).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList());
    }

    /** The element that has the keyboard focus. */
    protected WebElement focused() {
        return browser().switchTo().activeElement();
    }

    // --- Checking -------------------------------------------------------------------------------

    /** Checks the page in the browser with axe-core now (it is also done on every new page). */
    protected void checkAccessibility() {
        chromium.checks().checkAccessibility();
    }

    /** Checks the page in the browser does not scroll sideways at 320 px (also done on every new page). */
    protected void checkReflow() {
        chromium.checks().checkReflow();
    }

    /** Every address checked so far by this class's browser. */
    protected List<String> checkedPages() {
        return chromium.checks().checkedPages();
    }

    /** Saves a screenshot of the whole page at this width, e.g. to look at a layout by eye. */
    protected Path screenshot(Path file, int width) {
        return chromium.checks().screenshot(file, width);
    }

    /** The browser itself, for tests of this support. */
    protected Chromium chromium() {
        return chromium;
    }

    private <T> T withoutWaiting(java.util.function.Supplier<T> lookup) {
        WebDriver.Timeouts timeouts = chromium.unchecked().manage().timeouts();
        java.time.Duration wait = timeouts.getImplicitWaitTimeout();
        timeouts.implicitlyWait(java.time.Duration.ZERO);
        try {
            return lookup.get();
        } finally {
            timeouts.implicitlyWait(wait);
        }
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
