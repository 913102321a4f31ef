package org.carecoop.notify.web;

import org.carecoop.notify.NotifyApi;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Messages we sent you": the signed-in account's recent notifications, how they went and when. */
@Controller
class MessagesController {

    static final String PATH = "/account/messages";

    /** How many notifications the page lists. */
    static final int SHOWN = 50;

    private final NotifyApi notify;

    MessagesController(NotifyApi notify) {
        this.notify = notify;
    }

    @GetMapping(PATH)
    String messages(Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("messages", notify.history(caller.accountId(), SHOWN));
        return "notify/messages";
    }
}
