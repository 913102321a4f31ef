package org.carecoop.matching.web;

import java.util.UUID;
import org.carecoop.matching.internal.Matchmaking;
import org.carecoop.matching.internal.Shortlist;
import org.carecoop.matching.internal.Shortlisting;
import org.carecoop.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request's shortlist (CH3): ranked candidates, why each matches and how the score is made, who
 * said they are interested, a button to invite each worker to meet, and who was left out by which
 * "must". The same shortlist as a letter to post (CH7). Seen by the person, whoever acts for them, and
 * team members the person lets see plans and outcomes.
 */
@Controller
class ShortlistController {

    private final Matchmaking matchmaking;
    private final ShortlistViews views;
    private final ShortlistLetter letter;

    ShortlistController(Matchmaking matchmaking, ShortlistViews views, ShortlistLetter letter) {
        this.matchmaking = matchmaking;
        this.views = views;
        this.letter = letter;
    }

    @GetMapping("/people/{personId}/requests/{requestId}/shortlist")
    String shortlist(@PathVariable String personId, @PathVariable String requestId, Model model) {
        Caller caller = Caller.current().orElseThrow();
        UUID person = uuid(personId);
        Shortlist shortlist = matchmaking
                .shortlist(caller, person, uuid(requestId), Shortlisting.DEFAULT_SIZE)
                .orElseThrow(ShortlistController::notFound);
        model.addAttribute("shortlist", shortlist);
        model.addAttribute("request", shortlist.request());
        model.addAttribute("personId", person);
        model.addAttribute("candidates", views.candidates(shortlist));
        model.addAttribute("alsoLike", views.alsoLike(shortlist));
        model.addAttribute("leftOut", views.leftOut(shortlist));
        return "matching/shortlist";
    }

    @GetMapping("/people/{personId}/requests/{requestId}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String personId, @PathVariable String requestId) {
        Caller caller = Caller.current().orElseThrow();
        UUID person = uuid(personId);
        Shortlist shortlist = matchmaking
                .shortlist(caller, person, uuid(requestId), ShortlistLetter.SIZE)
                .orElseThrow(ShortlistController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"shortlist-letter.pdf\"")
                .body(letter.render(person, shortlist));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
