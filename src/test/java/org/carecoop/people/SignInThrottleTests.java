package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTests extends IntegrationTest {

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedUntilTheLockEnds() {
        String email = newAccount("guessed", Role.WORKER);
        HttpVisitor visitor = visitor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(visitor.signIn(email, "wrong guess number " + attempt).location())
                    .isEqualTo("/sign-in?error");
        }

        assertThat(visitor.signIn(email, PASSWORD).location()).isEqualTo("/sign-in?locked");
        assertThat(visitor.get("/sign-in?locked").body()).contains(html("signIn.locked"));
        assertThat(visitor.get("/dashboard").status()).isEqualTo(302);

        try (TestClock.Moved later = clock.advance(Duration.ofMinutes(16))) {
            assertThat(visitor().signIn(email, PASSWORD).location()).isEqualTo("/dashboard");
        }
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() {
        String email = newAccount("clumsy", Role.WORKER);
        HttpVisitor visitor = visitor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            visitor.signIn(email, "wrong guess number " + attempt);
        }

        assertThat(visitor.signIn(email, PASSWORD).location()).isEqualTo("/dashboard");
    }
}
