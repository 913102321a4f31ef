package org.carecoop.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the whole application: real embedded PostgreSQL with the demo data,
 * a real SMTP server, the web server on a random loopback port and MockMvc. All subclasses share one
 * application context, so keep their data apart (fresh email addresses) rather than cleaning up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "hebden-bridge-2026";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    /** The email address of a demo account, e.g. {@code demo("eric")}. */
    public static String demo(String name) {
        return name + "@demo.carecoop.test";
    }
}
