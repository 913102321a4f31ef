package org.carecoop.people.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in by email address, marking them locked while sign-in is throttled. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final SignInThrottle throttle;

    AccountDetailsService(Accounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.byEmail(email)
                .map(account -> new AccountUserDetails(account, throttle.locked(email)))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email address"));
    }
}
