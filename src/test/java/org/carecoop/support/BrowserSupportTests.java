package org.carecoop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The browser support itself: how it starts, and that its checks catch what they are for. */
class BrowserSupportTests extends BrowserTest {

    @Test
    void theBrowserStartsFromTheInstalledDriverWithoutSeleniumManager() {
        assertThat(chromium().startLog())
                .anyMatch(
                        line -> line.contains("Skipping Selenium Manager") && line.contains(Chromium.DRIVER.toString()))
                .noneMatch(line -> line.startsWith("org.openqa.selenium.manager"));
    }

    @Test
    void everyPageTheBrowserLandsOnIsCheckedOnce() {
        open("/");
        click("Create an account");
        browser().navigate().back();
        browser().navigate().forward();

        assertThat(checkedPages()).containsOnlyOnce(url("/"), url("/sign-up"));
    }

    @Test
    void aPageWithAnAccessibilityProblemFailsListingTheRuleAndTheElement() {
        assertThatThrownBy(() -> browser().get(page("<img src='x.png'><p>Text</p>")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("[img]");
    }

    @Test
    void aPageThatScrollsSidewaysOnASmallPhoneFails() {
        assertThatThrownBy(() -> browser()
                        .get(page("<main><h1>Wide</h1><p id='wide'>Too wide</p></main>", "#wide { width: 500px; }")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("scrolls sideways at 320px")
                .hasMessageContaining("p#wide");
    }

    private static String page(String body) {
        return page(body, "");
    }

    private static String page(String body, String css) {
        String html = "<!DOCTYPE html><html><head><title>Test page</title><style>" + css + "</style></head><body>"
                + body + "</body></html>";
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
