package org.carecoop.visits.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answers the booking API gave to each {@code Idempotency-Key}, so that a client that sends the
 * same request again (after a lost connection, say) gets the same answer without booking twice. The
 * key is claimed first, in the same transaction as the booking: a second request with the same key
 * waits for the first to commit and then reads its answer, so two at once still book once. A key
 * whose request failed unexpectedly (a refusal of access, an error) is not kept, and may be used
 * again.
 */
@Service
public class IdempotentRequests {

    /** An answer as sent: its HTTP status and JSON body. */
    public record Answer(int status, String body) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    IdempotentRequests(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The answer to the request: worked out now when the key is new (or there is none), or the one
     * given before to the same caller for the same key and the same request.
     *
     * @param key the client's Idempotency-Key, or null
     * @param requestHash a digest of what was asked, to tell the same request from another
     * @return empty when the caller used the key before for another request
     */
    public Optional<Answer> once(UUID callerId, @Nullable String key, String requestHash, Supplier<Answer> work) {
        if (key == null) {
            return Optional.of(work.get());
        }
        return transaction.execute(status -> {
            int claimed = jdbc.sql("""
                            insert into visits.idempotency_key (caller_id, key, request_hash, status, body, created_at)
                            values (?, ?, ?, 0, '', ?) on conflict do nothing""")
                    .params(callerId, key, requestHash, Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 0) {
                return jdbc.sql(
                                "select request_hash, status, body from visits.idempotency_key where caller_id = ? and key = ?")
                        .params(callerId, key)
                        .query((rs, n) -> rs.getString("request_hash").equals(requestHash)
                                ? Optional.of(new Answer(rs.getInt("status"), rs.getString("body")))
                                : Optional.<Answer>empty())
                        .single();
            }
            Answer answer = work.get();
            jdbc.sql("update visits.idempotency_key set status = ?, body = ? where caller_id = ? and key = ?")
                    .params(answer.status(), answer.body(), callerId, key)
                    .update();
            return Optional.of(answer);
        });
    }
}
