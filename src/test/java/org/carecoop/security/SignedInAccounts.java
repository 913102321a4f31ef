package org.carecoop.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.AccountPrincipal;
import org.carecoop.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One account for each role, holding that role alone: the demo person where the demo co-op has one,
 * otherwise a fresh account made for the test. Each can be signed in to the web pages (a real
 * principal from the {@link UserDetailsService}) and holds a real API bearer token.
 */
final class SignedInAccounts {

    /** Demo accounts that hold exactly one role. */
    private static final Map<Role, String> DEMO = Map.of(
            Role.SUPPORTED_PERSON, "eric",
            Role.FAMILY, "pat",
            Role.WORKER, "amina",
            Role.HEALTH_PROFESSIONAL, "drshah",
            Role.COORDINATOR, "coordinator");

    private static final String PASSWORD = "access matrix password 2026";

    private final MockMvc mvc;
    private final PeopleApi people;
    private final Map<Role, String> emails = new EnumMap<>(Role.class);
    private final Map<Role, String> passwords = new EnumMap<>(Role.class);
    private final Map<Role, UserDetails> principals = new EnumMap<>(Role.class);
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    private SignedInAccounts(MockMvc mvc, PeopleApi people) {
        this.mvc = mvc;
        this.people = people;
    }

    static SignedInAccounts create(MockMvc mvc, PeopleApi people, UserDetailsService userDetails) throws Exception {
        SignedInAccounts accounts = new SignedInAccounts(mvc, people);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Role role : Role.values()) {
            String email;
            String password;
            if (DEMO.containsKey(role)) {
                email = IntegrationTest.demo(DEMO.get(role));
                password = IntegrationTest.DEMO_PASSWORD;
            } else {
                email = "matrix-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + run
                        + "@test.carecoop.test";
                password = PASSWORD;
                people.createAccount(email, "Matrix " + role.name(), password, EnumSet.of(role));
            }
            UserDetails principal = userDetails.loadUserByUsername(email);
            if (!(principal instanceof AccountPrincipal)
                    || !principal.getAuthorities().stream()
                            .map(a -> a.getAuthority())
                            .toList()
                            .equals(java.util.List.of(role.authority()))) {
                throw new IllegalStateException(email + " must hold exactly the role " + role);
            }
            accounts.emails.put(role, email);
            accounts.passwords.put(role, password);
            accounts.principals.put(role, principal);
            accounts.tokens.put(role, accounts.token(email, password));
        }
        return accounts;
    }

    /** Signs in to the web pages as the account of this role, as a session would. */
    RequestPostProcessor session(Role role) {
        UserDetails principal = principals.get(role);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A real session cookie, from signing in through the sign-in form. */
    Cookie sessionCookie(Role role) throws Exception {
        MvcResult signedIn = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .param("email", emails.get(role))
                        .param("password", passwords.get(role)))
                .andReturn();
        Cookie cookie = signedIn.getResponse().getCookie("CARECOOP_SESSION");
        if (cookie == null || !"/dashboard".equals(signedIn.getResponse().getRedirectedUrl())) {
            throw new IllegalStateException("Signing in as " + role + " did not give a session");
        }
        return cookie;
    }

    String bearer(Role role) {
        return "Bearer " + tokens.get(role);
    }

    UUID demoAccountId(String name) {
        return people.accountByEmail(IntegrationTest.demo(name))
                .orElseThrow(() -> new IllegalArgumentException("No demo account " + name))
                .id();
    }

    Set<Role> roles() {
        return principals.keySet();
    }

    private String token(String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
