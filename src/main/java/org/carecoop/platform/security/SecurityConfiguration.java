package org.carecoop.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.util.unit.DataSize;

/**
 * Two filter chains: the JSON API under {@code /api/**} (stateless, bearer tokens, problem+json
 * errors) and the web pages (form sign-in, sessions in PostgreSQL, CSRF). Which account may do what
 * with a person's data is decided in the modules' services; the rules here only separate public pages
 * from signed-in ones and guard the routes whose whole purpose belongs to one role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Pages anyone may open without signing in. */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/sign-in",
        "/sign-up",
        "/password-reset",
        "/password-reset/**",
        "/accessibility",
        "/demo-mailbox",
        "/feeds/*",
        "/error",
        "/css/**",
        "/js/**",
        "/assets/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/v3/api-docs/**"
    };

    private static final Set<String> STAFF_ROLES = Set.of("ROLE_COORDINATOR", "ROLE_ADMIN");

    /**
     * No tracing observations around each security filter, authentication and authorisation: nothing
     * collects traces, and wrapping every filter of every request cost more CPU than the filters
     * themselves. Request timings are still measured (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            OpaqueTokenIntrospector tokens,
            ProblemResponses problems,
            @Value("${carecoop.api.max-body-size:256KB}") DataSize maxBodySize)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiErrorResponseFilter(problems), DisableEncodeUrlFilter.class)
                .addFilterBefore(new ApiBodyLimitFilter(maxBodySize, problems), DisableEncodeUrlFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.opaqueToken(t -> t.introspector(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SignInEvents signInEvents,
            UserDetailsService accounts,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${carecoop.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/act-for/stop")
                        .hasAuthority(SwitchUserFilter.ROLE_PREVIOUS_ADMINISTRATOR)
                        .requestMatchers("/act-for", "/act-for/**", "/assisted/**")
                        .hasRole("COORDINATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(signInEvents)
                        .failureHandler(signInEvents)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/?signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("CARECOOP_SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(clock, absoluteTimeout), DisableEncodeUrlFilter.class)
                .addFilter(actForFilter(accounts, events))
                .headers(this::headers);
        return http.build();
    }

    /**
     * Assisted mode (CH7): a co-ordinator acts as a person who is not online. Only people who are not
     * themselves staff can be acted for. Starting and stopping are published as events that the audit
     * log records, and so is a refused attempt. The switched sign-in carries the person's roles only.
     */
    private static SwitchUserFilter actForFilter(UserDetailsService accounts, ApplicationEventPublisher events) {
        SwitchUserFilter filter = new SwitchUserFilter();
        filter.setUserDetailsService(email -> {
            UserDetails target = accounts.loadUserByUsername(email);
            boolean staff = target.getAuthorities().stream().anyMatch(a -> STAFF_ROLES.contains(a.getAuthority()));
            if (staff || !target.isEnabled()) {
                throw new UsernameNotFoundException("This account cannot be acted for");
            }
            // The switched sign-in lives in the session store; it has no use for the password hash.
            if (target instanceof CredentialsContainer credentials) {
                credentials.eraseCredentials();
            }
            return target;
        });
        filter.setSwitchUserMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/act-for"));
        filter.setExitUserMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/act-for/stop"));
        filter.setUsernameParameter("email");
        filter.setSuccessHandler((request, response, authentication) -> {
            boolean acting = Caller.from(authentication).map(Caller::assisted).orElse(false);
            response.sendRedirect(request.getContextPath() + (acting ? "/dashboard" : "/assisted"));
        });
        filter.setFailureHandler((request, response, exception) -> {
            Caller.current()
                    .ifPresent(coordinator ->
                            events.publishEvent(new ActForRefused(coordinator, request.getParameter("email"))));
            response.sendRedirect(request.getContextPath() + "/assisted?failed");
        });
        filter.setApplicationEventPublisher(events);
        filter.afterPropertiesSet();
        return filter;
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", "geolocation=(self), camera=(), microphone=()"));
    }
}
