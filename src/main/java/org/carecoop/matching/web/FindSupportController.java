package org.carecoop.matching.web;

import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where "Find support" in the navigation leads: the signed-in person's own requests (the person
 * acted for, in assisted mode). The navigation holds fixed addresses, and a person's requests live
 * under their id.
 */
@Controller
class FindSupportController {

    static final String PATH = "/find-support";

    @GetMapping(PATH)
    String findSupport() {
        return "redirect:/people/" + Caller.current().orElseThrow().accountId() + "/requests";
    }
}
