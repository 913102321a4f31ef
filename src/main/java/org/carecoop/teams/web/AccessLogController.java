package org.carecoop.teams.web;

import java.util.List;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's access log (DA1): every read of their records and every refused attempt, with who,
 * what and when, newest first. For the person and their nominees.
 */
@Controller
class AccessLogController {

    static final int LIMIT = 200;

    private final TeamPages pages;
    private final AuditLog audit;
    private final AccessLogLines lines;

    AccessLogController(TeamPages pages, AuditLog audit, AccessLogLines lines) {
        this.pages = pages;
        this.audit = audit;
        this.lines = lines;
    }

    @GetMapping("/people/{personId}/access-log")
    String page(
            @PathVariable String personId,
            @RequestParam(name = "show", required = false) @Nullable String show,
            Model model) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        List<AuditEntry> entries = audit.aboutPerson(person.id(), LIMIT);
        boolean refusedOnly = "refused".equals(show);
        if (refusedOnly) {
            entries = entries.stream()
                    .filter(e -> e.outcome() == AuditEntry.Outcome.DENIED)
                    .toList();
        }
        model.addAttribute("person", person);
        model.addAttribute("self", caller.accountId().equals(person.id()));
        model.addAttribute("refusedOnly", refusedOnly);
        model.addAttribute("lines", lines.lines(person.id(), caller.accountId(), entries));
        model.addAttribute("limit", LIMIT);
        return "teams/access-log";
    }
}
