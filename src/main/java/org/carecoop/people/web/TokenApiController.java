package org.carecoop.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.people.internal.Accounts;
import org.carecoop.people.internal.ApiTokens;
import org.carecoop.platform.security.AccountPrincipal;
import org.carecoop.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for the API, and who the caller is. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens, Accounts accounts) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record TokenRequest(
            @NotBlank(message = "{signUp.email.required}") @Size(max = 254, message = "{signUp.email.size}")
            String email,

            @NotBlank(message = "{signUp.password.required}") @Size(max = 1000, message = "{account.password.length}")
            String password) {}

    record TokenResponse(String token, String tokenType, Instant expiresAt) {}

    record Me(UUID id, String email, String displayName, List<Role> roles, boolean assisted) {}

    @PostMapping("/tokens")
    @Operation(summary = "Exchange an email address and password for a short-lived bearer token")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request) {
        try {
            Authentication signedIn = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
            AccountPrincipal principal = (AccountPrincipal) signedIn.getPrincipal();
            ApiTokens.Issued issued = tokens.issue(principal.accountId());
            return ResponseEntity.ok(new TokenResponse(issued.token(), "Bearer", issued.expiresAt()));
        } catch (LockedException e) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts. Try again later.");
        } catch (AuthenticationException e) {
            return problem(HttpStatus.UNAUTHORIZED, "The email address or password is not right.");
        }
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account")
    Me me() {
        Caller caller = Caller.current().orElseThrow();
        return accounts.byId(caller.accountId())
                .map(a -> new Me(a.id(), a.email(), a.displayName(), List.copyOf(a.roles()), a.assisted()))
                .orElseThrow();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
