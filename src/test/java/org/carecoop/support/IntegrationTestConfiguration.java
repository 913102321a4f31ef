package org.carecoop.support;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What every integration test adds to the application: a clock tests can move, and a failing page. */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

    @Bean
    @Primary
    TestClock testClock(@Value("${carecoop.zone}") ZoneId zone) {
        return new TestClock(zone);
    }

    /**
     * A page that fails with an unexpected exception, to see what the error page shows. Exists only
     * in tests, at {@value #PATH}, for any signed-in account. Registered as a member of this
     * configuration.
     */
    @Controller
    static class FailingPage {

        static final String PATH = IntegrationTest.FAILING_PAGE;

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException("FailingPage exploded with secret detail 4f2a");
        }
    }
}
