package org.carecoop.people.internal;

import java.time.Clock;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountException;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their own password. Never on someone's behalf: a co-ordinator acting for
 * a person cannot set or learn their password.
 */
@Service
public class PasswordChange {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    PasswordChange(Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @return false when the current password is wrong
     * @throws AccountException when the new password is refused
     * @throws AccessDeniedException when someone is acting on the account holder's behalf
     */
    @Transactional
    public boolean change(Caller caller, String currentPassword, String newPassword) {
        if (caller.assisted()) {
            audit.record(
                    AuditEntry.by(caller, clock.instant(), "UPDATE", caller.accountId(), "password", Outcome.DENIED));
            throw new AccessDeniedException("A password is changed only by its owner");
        }
        Account account = accounts.byId(caller.accountId()).orElseThrow();
        if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        policy.check(newPassword, account.email());
        accounts.changePassword(account.id(), encoder.encode(newPassword));
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", caller.accountId(), "password", Outcome.ALLOWED));
        return true;
    }
}
