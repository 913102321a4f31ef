package org.carecoop.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a sign-in attempt on the web: success records the sign-in time for the absolute
 * session limit and goes on to the page that was asked for (or the dashboard); failure goes back to
 * the form with a message that does not reveal whether the email address has an account.
 */
@Component
class SignInEvents extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final Clock clock;

    SignInEvents(Clock clock) {
        this.clock = clock;
        setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        request.getSession().setAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT, clock.instant());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    }
}
