package org.carecoop.audit.internal;

import static org.carecoop.audit.AuditEntry.Outcome.ALLOWED;

import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.platform.security.AccountPrincipal;
import org.carecoop.platform.security.ActForRefused;
import org.carecoop.platform.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.switchuser.AuthenticationSwitchUserEvent;
import org.springframework.stereotype.Component;

/** Writes sign-ins, failed sign-ins, and the start, end and refusal of assisted mode to the access log. */
@Component
class SecurityEventAuditor {

    private final AuditLog log;
    private final Clock clock;

    SecurityEventAuditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Caller.from(event.getAuthentication())
                .filter(caller -> !isBearerRequest(event))
                .ifPresent(caller -> log.record(new AuditEntry(
                        clock.instant(),
                        caller.actorId(),
                        caller.actorName(),
                        null,
                        "SIGN_IN",
                        null,
                        "account",
                        caller.actorId().toString(),
                        Outcome.ALLOWED,
                        null)));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        // Never write a presented bearer token into the log; an email address tried is useful.
        String tried = event.getAuthentication() instanceof BearerTokenAuthenticationToken
                ? "bearer token"
                : String.valueOf(event.getAuthentication().getPrincipal());
        log.record(new AuditEntry(
                clock.instant(),
                null,
                tried,
                null,
                "SIGN_IN",
                null,
                "account",
                null,
                Outcome.DENIED,
                event.getException().getClass().getSimpleName()));
    }

    /**
     * Starting assisted mode: the event carries the co-ordinator's own sign-in and the person. Stopping:
     * it carries the switched sign-in, so the entry is the co-ordinator's on the person's behalf.
     */
    @EventListener
    void actingFor(AuthenticationSwitchUserEvent event) {
        Caller.from(event.getAuthentication()).ifPresent(caller -> {
            if (caller.assisted()) {
                log.record(
                        AuditEntry.by(caller, clock.instant(), "ACT_FOR_END", caller.accountId(), "account", ALLOWED));
            } else {
                UUID person = event.getTargetUser() instanceof AccountPrincipal target ? target.accountId() : null;
                log.record(new AuditEntry(
                        clock.instant(),
                        caller.actorId(),
                        caller.actorName(),
                        person,
                        "ACT_FOR_START",
                        person,
                        "account",
                        person == null ? null : person.toString(),
                        ALLOWED,
                        null));
            }
        });
    }

    @EventListener
    void actingForRefused(ActForRefused event) {
        Caller coordinator = event.coordinator();
        log.record(new AuditEntry(
                clock.instant(),
                coordinator.actorId(),
                coordinator.actorName(),
                null,
                "ACT_FOR_START",
                null,
                "account",
                null,
                Outcome.DENIED,
                "Asked to act for " + event.email()));
    }

    /** Each API request authenticates its bearer token afresh; those are not sign-ins. */
    private static boolean isBearerRequest(AuthenticationSuccessEvent event) {
        return event.getAuthentication() instanceof BearerTokenAuthentication;
    }
}
