package org.carecoop.notify.web;

import org.carecoop.notify.internal.SmsOutbox;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The text messages kept in the SMS outbox (when GOV.UK Notify is not configured). In the demo co-op
 * anyone signed in may read them, to follow a journey to the end without a phone; in a real co-op
 * they hold real people's messages, so only co-ordinators see them, to check what would have gone out.
 */
@Controller
class SmsOutboxController {

    static final String PATH = "/notify/sms-outbox";

    private final SmsOutbox outbox;
    private final boolean demo;

    SmsOutboxController(
            SmsOutbox outbox, @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean demo) {
        this.outbox = outbox;
        this.demo = demo;
    }

    @GetMapping(PATH)
    String outbox(Model model) {
        Caller caller = Caller.current().orElseThrow();
        if (!demo && !caller.hasRole(Role.COORDINATOR.name())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", outbox.newest(50));
        return "notify/sms-outbox";
    }
}
