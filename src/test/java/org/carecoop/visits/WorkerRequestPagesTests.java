package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.HttpVisitor;
import org.junit.jupiter.api.Test;

/** A worker's requests page, without JavaScript: accept, decline with a reason, and a clash named. */
class WorkerRequestPagesTests extends VisitTestSupport {

    private UUID request(UUID person, UUID worker, Instant start) {
        Caller self = new Caller(person, "Person", person, "Person", Set.of(Role.SUPPORTED_PERSON.name()));
        return visits.book(self, Booking.once(person, List.of(worker), start, plus(start, 60)))
                .visitIds()
                .get(0);
    }

    @Test
    void aWorkerAcceptsOneRequestDeclinesAnotherAndIsToldOfAClash() {
        String amyEmail = newAccount("AmyPages", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        UUID nora = person("Nora Pages");
        Instant ten = inDays(16, "10:00");
        UUID first = request(nora, amy, ten);
        UUID second = request(nora, amy, plus(ten, 120));
        UUID third = request(nora, amy, plus(ten, 240));
        visits.book(coordinator(), person("Olive"), List.of(amy), plus(ten, 240), plus(ten, 300));
        HttpVisitor worker = visitor().signedInAs(amyEmail, PASSWORD);

        String list = worker.get("/visits/requests").body();
        assertThat(list).contains("Nora Pages", "10:00 to 11:00", "/visits/requests/" + first + "/accept");

        HttpVisitor.Page accepted =
                worker.submit("/visits/requests", "/visits/requests/" + first + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(worker.get("/visits/requests").body()).contains(html("bookings.requests.accepted"));

        HttpVisitor.Page tooLong = worker.submit(
                "/visits/requests/" + second + "/decline",
                "/visits/requests/" + second + "/decline",
                Map.of("reason", "x".repeat(501)));
        assertThat(tooLong.body()).contains(html("bookings.decline.reason.size"), "govuk-error-summary");
        HttpVisitor.Page declined = worker.submit(
                "/visits/requests/" + second + "/decline",
                "/visits/requests/" + second + "/decline",
                Map.of("reason", "Away that week"));
        assertThat(declined.status()).isEqualTo(302);

        HttpVisitor.Page clash = worker.submit("/visits/requests", "/visits/requests/" + third + "/accept", Map.of());
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body())
                .contains("govuk-error-summary", "AmyPages is already booked for a visit from 14:00 to 15:00");

        assertThat(visits.schedule(nora, ten, plus(ten, 300)))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.BOOKED, VisitStatus.DECLINED, VisitStatus.REQUESTED);
    }
}
