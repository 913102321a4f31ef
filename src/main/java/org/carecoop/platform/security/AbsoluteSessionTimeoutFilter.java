package org.carecoop.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in, however active it has been. The idle timeout
 * is the session store's; this is the absolute limit on top of it.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    /** Session attribute holding the moment of sign-in. */
    static final String SIGNED_IN_AT = "carecoop.signedInAt";

    private final Clock clock;
    private final Duration limit;

    AbsoluteSessionTimeoutFilter(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(limit))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
