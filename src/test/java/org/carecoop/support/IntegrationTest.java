package org.carecoop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Base of every test that needs the whole application: real embedded PostgreSQL with the demo data,
 * a real SMTP server, the web server on a random loopback port and MockMvc, a {@link TestClock} the
 * test can move, and a page that fails ({@value #FAILING_PAGE}). All subclasses share one application
 * context, so keep their data apart (fresh email addresses) rather than cleaning up, and put the clock
 * back after moving it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(IntegrationTestConfiguration.class)
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "hebden-bridge-2026";

    /** A page, present only in tests, that fails with an unexpected exception. */
    public static final String FAILING_PAGE = "/test-only/failure";

    @LocalServerPort
    protected int port;

    /** The password of every account {@link #newAccount} creates. */
    public static final String PASSWORD = "otters hold hands asleep";

    @Autowired
    protected TestClock clock;

    @Autowired
    protected PeopleApi people;

    @Autowired
    protected UserDetailsService userDetails;

    @Autowired
    protected MessageSource messages;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    /** The email address of a demo account, e.g. {@code demo("eric")}. */
    public static String demo(String name) {
        return name + "@demo.carecoop.test";
    }

    /** Someone new visiting the running application over real HTTP. */
    protected HttpVisitor visitor() {
        return new HttpVisitor(port);
    }

    /** An email address no account has yet. */
    public static String freshEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.test";
    }

    /** Creates an account with {@link #PASSWORD} and the given roles; returns its email address. */
    protected String newAccount(String who, Role... roles) {
        String email = freshEmail(who);
        people.createAccount(email, who, PASSWORD, Set.of(roles));
        return email;
    }

    /** Signs a MockMvc request in as the account with this email address, as the session would hold it. */
    protected RequestPostProcessor as(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A message as a page shows it, HTML-escaped. */
    protected String html(String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.UK));
    }
}
