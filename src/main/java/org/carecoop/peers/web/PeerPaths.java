package org.carecoop.peers.web;

import java.util.UUID;
import org.carecoop.peers.PeerPage;
import org.carecoop.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Reading the parts of a peer page's address: an unknown page or a malformed id is not found. */
final class PeerPaths {

    /** Every page's own address, with the kind ({@code conditions} or {@code areas}) and the code. */
    static final String PAGE = "/{kind}/{code}";

    private PeerPaths() {}

    static PeerPage page(String kind, String code) {
        return PeerPage.fromPath(kind, code).orElseThrow(PeerPaths::notFound);
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static Caller caller() {
        return Caller.current().orElseThrow();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
