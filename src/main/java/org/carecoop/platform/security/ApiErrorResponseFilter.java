package org.carecoop.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every error of the API problem+json, including those no controller advice sees: an unknown
 * address, a method the address does not accept, or a request refused before a handler was chosen.
 * Spring MVC reports those with {@code sendError}, which would otherwise end at the HTML (or plain
 * JSON) error page.
 */
class ApiErrorResponseFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    ApiErrorResponseFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                resetBuffer();
                problems.write(request, response, HttpStatusCode.valueOf(status), detail(status, request));
            }
        });
    }

    private static String detail(int status, HttpServletRequest request) {
        return switch (status) {
            case 404 -> "There is nothing at this address in the API. /v3/api-docs lists what there is.";
            case 405 -> "This address does not accept " + request.getMethod() + " requests.";
            case 406 -> "The API answers in JSON only: accept application/json.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. Nothing was changed. Try again later."
                        : "The request could not be handled.";
        };
    }
}
