package org.carecoop.support;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The checks every page gets in the browser tests:
 *
 * <ul>
 *   <li><b>accessibility</b>: axe-core against WCAG 2.0, 2.1 and 2.2 at levels A and AA; a failure
 *       lists every violation with its rule, impact, help text and the elements at fault;
 *   <li><b>reflow</b>: at a 320 CSS pixel wide viewport (WCAG 1.4.10, a small phone or 400% zoom) the
 *       page must not scroll sideways; a failure names the elements that stick out.
 * </ul>
 *
 * <p>axe-core (the copy bundled in {@code com.deque.html.axe-core:selenium}, read through its result
 * model) runs inside the page with {@code axe.run}. Deque's {@code AxeBuilder.analyze} is not used:
 * it finishes every run in a second browser window, which takes the focus away from the page under
 * test (so a test could no longer see where the page put the focus) and is several times slower.
 *
 * <p>The narrow viewport is set with the DevTools protocol ({@code Emulation.setDeviceMetricsOverride})
 * rather than by resizing the window, because a headless window cannot be trusted to shrink that far.
 * When a check fails, a screenshot of the page at 320 px is saved under {@code target/browser-checks/}.
 */
public final class PageChecks {

    /** The axe-core rule tags that must pass: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The narrowest viewport a page must fit without sideways scrolling, in CSS pixels. */
    public static final int NARROW_WIDTH = 320;

    private static final Pattern CSRF_TOKEN = Pattern.compile("(name=\"_csrf\" value=\")[^\"]*");

    private static final Path FAILURES = Path.of("target", "browser-checks");

    private static final String OVERFLOWING_ELEMENTS = """
            const width = document.documentElement.clientWidth;
            const found = [];
            for (const element of document.body.querySelectorAll('*')) {
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > width + 0.5) {
                const id = element.id ? '#' + element.id : '';
                const classes = typeof element.className === 'string' && element.className.trim()
                    ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
                found.push(element.tagName.toLowerCase() + id + classes + ' (right edge at '
                    + Math.round(box.right) + 'px)');
              }
            }
            return found.slice(-10);
            """;

    /**
     * With JavaScript switched off, Chromium still runs the scripts WebDriver sends and settles
     * promises, but it fires no timers, so axe-core (which yields with {@code setTimeout}) would never
     * finish. Before axe-core, this replaces the timer functions with promise callbacks.
     */
    private static final String TIMERS_WITHOUT_JAVASCRIPT = """
            (function () {
              const later = (callback, ...args) => Promise.resolve().then(() => {
                if (typeof callback === 'function') { callback(...args); }
              });
              window.setTimeout = (callback, delay, ...args) => { later(callback, ...args); return 1; };
              window.clearTimeout = () => {};
              window.requestAnimationFrame = callback => { later(callback, performance.now()); return 1; };
              window.cancelAnimationFrame = () => {};
              window.requestIdleCallback = callback => {
                later(callback, { didTimeout: false, timeRemaining: () => 50 }); return 1;
              };
              window.queueMicrotask = callback => { later(callback); };
            })();
            """;

    /** axe-core itself, as bundled by Deque's Selenium integration. */
    private static final String AXE = axeSource();

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                .then(results => done(JSON.stringify({ violations: results.violations })),
                      error => done(String(error)));
            """;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ChromeDriver driver;
    private final boolean javaScript;
    private final List<String> checkedPages = new ArrayList<>();
    private final Set<String> checkedMarkup = new HashSet<>();
    private int failures;

    private boolean navigationExpected;

    PageChecks(ChromeDriver driver, boolean javaScript) {
        this.driver = driver;
        this.javaScript = javaScript;
    }

    /** Every address checked so far, in order (a page that changed in place appears again). */
    public List<String> checkedPages() {
        return List.copyOf(checkedPages);
    }

    /**
     * Checks the page in the browser unless this browser has already checked exactly the same markup
     * (apart from the form's CSRF token), as when a test signs in many times: the result could not
     * differ.
     */
    void checkPageIfNew() {
        waitUntilLoaded();
        String markup = CSRF_TOKEN.matcher(driver.getPageSource()).replaceAll("$1");
        if (checkedMarkup.add(markup)) {
            checkPage();
        }
    }

    /** Both checks, failing with every problem found by either. */
    public void checkPage() {
        waitUntilLoaded();
        checkedPages.add(driver.getCurrentUrl());
        List<String> problems = new ArrayList<>();
        problems.addAll(reflowProblems());
        problems.addAll(accessibilityProblems());
        failIfAny(problems);
    }

    /** Fails listing every axe-core violation of the page in the browser. */
    public void checkAccessibility() {
        waitUntilLoaded();
        failIfAny(accessibilityProblems());
    }

    /** Fails if the page in the browser scrolls sideways at {@link #NARROW_WIDTH}. */
    public void checkReflow() {
        waitUntilLoaded();
        failIfAny(reflowProblems());
    }

    /**
     * Saves a screenshot of the whole page as it looks at the given width, for a person to look at.
     *
     * @return the file written
     */
    public Path screenshot(Path file, int width) {
        try {
            emulateWidth(width, 800);
            long height = ((Number) Objects.requireNonNull(
                            driver.executeScript("return document.documentElement.scrollHeight")))
                    .longValue();
            emulateWidth(width, (int) Math.min(height, 10_000));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private List<String> accessibilityProblems() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(javaScript ? AXE : TIMERS_WITHOUT_JAVASCRIPT + AXE);
        }
        Object answer = driver.executeAsyncScript(RUN_AXE, WCAG_TAGS);
        Results results;
        try {
            results = JSON.readValue(String.valueOf(answer), Results.class);
        } catch (JacksonException e) {
            return List.of("axe-core could not check the page: " + answer);
        }
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder problem = new StringBuilder()
                    .append("axe ")
                    .append(rule.getId())
                    .append(" (")
                    .append(rule.getImpact())
                    .append("): ")
                    .append(rule.getHelp())
                    .append(" — ")
                    .append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                problem.append("\n      at ")
                        .append(node.getTarget())
                        .append(": ")
                        .append(String.valueOf(node.getFailureSummary()).replace("\n", "\n         "));
            }
            problems.add(problem.toString());
        }
        return problems;
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core is missing from com.deque.html.axe-core:selenium", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> reflowProblems() {
        try {
            emulateWidth(NARROW_WIDTH, 640);
            long viewport = number("return document.documentElement.clientWidth");
            long content = number("return document.documentElement.scrollWidth");
            if (viewport != NARROW_WIDTH) {
                return List.of("the viewport could not be made " + NARROW_WIDTH + "px wide (it is " + viewport
                        + "px), so reflow was not checked");
            }
            if (content <= NARROW_WIDTH) {
                return List.of();
            }
            List<String> elements = (List<String>) driver.executeScript(OVERFLOWING_ELEMENTS);
            return List.of("the page scrolls sideways at " + NARROW_WIDTH + "px wide: its content is " + content
                    + "px wide. Elements that stick out:\n      " + String.join("\n      ", elements));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void emulateWidth(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private long number(String script) {
        return ((Number) Objects.requireNonNull(driver.executeScript(script))).longValue();
    }

    /**
     * Before a click: when it will load another page (a link or a submit button of a form, either not
     * handled by htmx), marks the current document, so {@link #waitForNavigation()} can tell the new
     * page from the old one. A click returns as soon as the browser has dispatched it, which can be
     * before the next page has even started to load.
     */
    void expectNavigationIfAny(WebElement element) {
        navigationExpected = Boolean.TRUE.equals(driver.executeScript("""
                const target = arguments[0];
                const link = target.closest('a[href]');
                let navigates;
                if (link) {
                    navigates = !link.getAttribute('href').startsWith('#') && !(link.hasAttribute('hx-get') && window.htmx);
                } else {
                    const form = target.tagName === 'FORM' ? target : (target.closest('button, input') || {}).form;
                    const button = target.closest('button, input[type=submit]');
                    const submits = target.tagName === 'FORM'
                        || (button && (button.getAttribute('type') || 'submit').toLowerCase() === 'submit');
                    navigates = !!(submits && form && !form.hasAttribute('hx-get') && !form.hasAttribute('hx-post'));
                }
                if (navigates) { window.__carecoopPageBeforeClick = true; }
                return navigates;
                """, element));
    }

    /** After a click that was expected to load a page: waits until the old document has gone. */
    void waitForNavigation() {
        if (navigationExpected) {
            navigationExpected = false;
            new WebDriverWait(driver, Chromium.WAIT)
                    .until(d -> !Boolean.TRUE.equals(driver.executeScript("return window.__carecoopPageBeforeClick")));
        }
    }

    private void waitUntilLoaded() {
        new WebDriverWait(driver, Chromium.WAIT)
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private void failIfAny(List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        String url = driver.getCurrentUrl();
        Path screenshot = FAILURES.resolve("failure-" + (++failures) + "-" + System.nanoTime() + ".png");
        try {
            screenshot(screenshot, NARROW_WIDTH);
        } catch (RuntimeException e) {
            screenshot = null;
        }
        throw new AssertionError(problems.size() + " problem(s) on " + url + " (" + driver.getTitle() + ")"
                + (screenshot != null ? ", screenshot at 320px: " + screenshot.toAbsolutePath() : "") + "\n  - "
                + String.join("\n  - ", problems));
    }
}
