package org.carecoop.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;

/**
 * A headless Chromium driven by ChromeDriver, both from the operating system's packages (Debian's
 * {@code chromium} and {@code chromium-driver}; CI installs them). Nothing is downloaded: the driver
 * and browser are given by path, so Selenium Manager never runs, and starting checks that it did not.
 *
 * <p>Every page the browser lands on through {@link #driver()} — by {@code get}, {@code navigate()},
 * or a {@code click}/{@code submit} — is checked by {@link PageChecks} before the call returns, so a
 * test cannot visit a page without checking it. Markup this browser has checked before is not checked
 * again.
 *
 * <p>The paths can be changed with the system properties {@code carecoop.chromium} and {@code
 * carecoop.chromedriver} (for machines that keep them elsewhere). If either is missing the browser
 * tests fail: they are never skipped.
 */
public final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("carecoop.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("carecoop.chromedriver", "/usr/bin/chromedriver"));

    /** Long enough for a slow CI machine, short enough that a stuck page fails the test quickly. */
    static final Duration WAIT = Duration.ofSeconds(5);

    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    private final ChromeDriver raw;
    private final WebDriver checked;
    private final PageChecks checks;
    private final Path profile;
    private final List<String> startLog;

    private Chromium(ChromeDriver raw, boolean javaScript, Path profile, List<String> startLog) {
        this.raw = raw;
        this.profile = profile;
        this.startLog = startLog; // filled in until the browser and its decorator are made
        this.checks = new PageChecks(raw, javaScript);
        this.checked = new CheckingDecorator(checks).decorate(raw);
    }

    /**
     * Starts a fresh browser with an empty profile.
     *
     * @param javaScript {@code false} to switch JavaScript off as a browser setting, like someone who
     *     has turned it off or whose browser does not run it
     */
    public static Chromium start(boolean javaScript) {
        requireExecutable(BROWSER, "Chromium");
        requireExecutable(DRIVER, "ChromeDriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("carecoop-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--lang=en-GB",
                "--hide-scrollbars",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "profile.managed_default_content_settings.javascript",
                        javaScript ? 1 : 2,
                        "credentials_enable_service",
                        false,
                        "profile.password_manager_enabled",
                        false,
                        "profile.password_manager_leak_detection",
                        false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();

        List<String> log = new ArrayList<>();
        Chromium chromium;
        try (SeleniumLog ignored = new SeleniumLog(log)) {
            chromium = new Chromium(new ChromeDriver(service, options), javaScript, profile, log);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw new IllegalStateException(
                    "Headless Chromium did not start (" + BROWSER + " with " + DRIVER + "): " + e.getMessage(), e);
        }
        ChromeDriver driver = chromium.raw;
        try {
            requireSeleniumManagerSkipped(log);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        } catch (RuntimeException e) {
            chromium.close();
            throw e;
        }
        return chromium;
    }

    /** The browser, checking every page it lands on. Use this one in tests. */
    public WebDriver driver() {
        return checked;
    }

    /** The browser without the automatic checks, for the checks themselves and for the DevTools protocol. */
    public ChromeDriver unchecked() {
        return raw;
    }

    public PageChecks checks() {
        return checks;
    }

    /** What Selenium logged while the browser started, to show that Selenium Manager did not run. */
    public List<String> startLog() {
        return List.copyOf(startLog);
    }

    @Override
    public void close() {
        try {
            raw.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " is not installed at " + path
                    + ". The browser tests need Debian's chromium and chromium-driver packages"
                    + " (apt-get install chromium chromium-driver), or set -Dcarecoop.chromium and"
                    + " -Dcarecoop.chromedriver to where they are.");
        }
    }

    private static void requireSeleniumManagerSkipped(List<String> log) {
        boolean ran = log.stream().anyMatch(line -> line.startsWith("org.openqa.selenium.manager"));
        boolean skipped = log.stream().anyMatch(line -> line.contains("Skipping Selenium Manager"));
        if (ran || !skipped) {
            throw new IllegalStateException(
                    "Selenium Manager must not run (it downloads drivers); Selenium logged: " + log);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A left-over temporary profile is harmless.
        }
    }

    /** Collects what Selenium's driver discovery logs while the browser starts. */
    private static final class SeleniumLog extends Handler implements AutoCloseable {

        private static final List<String> LOGGERS =
                List.of("org.openqa.selenium.remote.service", "org.openqa.selenium.manager");

        private final List<String> lines;
        private final List<Logger> loggers = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();

        SeleniumLog(List<String> lines) {
            this.lines = lines;
            setLevel(Level.ALL);
            for (String name : LOGGERS) {
                Logger logger = Logger.getLogger(name);
                loggers.add(logger);
                levels.add(logger.getLevel());
                logger.setLevel(Level.FINE);
                logger.addHandler(this);
            }
        }

        @Override
        public void publish(LogRecord record) {
            synchronized (lines) {
                lines.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).removeHandler(this);
                loggers.get(i).setLevel(levels.get(i));
            }
        }
    }

    /** Runs the page checks after every call that can put a different page in the browser. */
    private static final class CheckingDecorator extends WebDriverDecorator<WebDriver> {

        private static final Set<String> NAVIGATING = Set.of("get", "to", "back", "forward", "refresh");

        private final PageChecks checks;

        /*
         * Decorates through the WebDriver interfaces: a subclass proxy of ChromeDriver would call its
         * no-argument constructor, which starts another browser through Selenium Manager.
         */
        CheckingDecorator(PageChecks checks) {
            super(WebDriver.class);
            this.checks = checks;
        }

        @Override
        public void beforeCall(Decorated<?> target, Method method, Object[] args) {
            if (target.getOriginal() instanceof WebElement element
                    && (method.getName().equals("click") || method.getName().equals("submit"))) {
                checks.expectNavigationIfAny(element);
            }
        }

        @Override
        public void afterCall(Decorated<?> target, Method method, Object[] args, Object result) {
            Object original = target.getOriginal();
            String name = method.getName();
            boolean navigated = (original instanceof WebDriver || original instanceof WebDriver.Navigation)
                    && NAVIGATING.contains(name);
            boolean acted = original instanceof WebElement && (name.equals("click") || name.equals("submit"));
            if (acted) {
                checks.waitForNavigation();
            }
            if (navigated || acted) {
                checks.checkPageIfNew();
            }
        }
    }
}
