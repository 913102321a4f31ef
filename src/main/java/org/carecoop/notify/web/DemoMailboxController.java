package org.carecoop.notify.web;

import org.carecoop.notify.internal.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo co-op's mailbox: every email the application kept in its outbox, open to anyone, so a
 * visitor can follow a password reset link. It exists only in demo mode; a real co-op's outbox holds
 * real people's links and is never shown.
 */
@Controller
class DemoMailboxController {

    private final MailOutbox outbox;
    private final boolean demo;

    DemoMailboxController(
            MailOutbox outbox, @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean demo) {
        this.outbox = outbox;
        this.demo = demo;
    }

    @GetMapping("/demo-mailbox")
    String mailbox(Model model) {
        if (!demo) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("mails", outbox.newest(20));
        return "notify/demo-mailbox";
    }
}
