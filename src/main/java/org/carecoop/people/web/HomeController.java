package org.carecoop.people.web;

import java.util.List;
import org.carecoop.people.Role;
import org.carecoop.people.internal.Accounts;
import org.carecoop.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, the signed-in home page and the accessibility statement. */
@Controller
class HomeController {

    static final String DEMO_DOMAIN = "@demo.carecoop.test";

    private final Accounts accounts;
    private final boolean demo;
    private final String demoPassword;

    HomeController(
            Accounts accounts,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean demo,
            @Value("${carecoop.demo.password}") String demoPassword) {
        this.accounts = accounts;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    /** A demo account as the start page lists it. */
    record DemoAccount(String email, String name, List<Role> roles) {}

    @GetMapping("/")
    String start(Model model) {
        if (demo) {
            model.addAttribute(
                    "demoAccounts",
                    accounts.withEmailEnding(DEMO_DOMAIN).stream()
                            .map(a -> new DemoAccount(a.email(), a.displayName(), List.copyOf(a.roles())))
                            .toList());
            model.addAttribute("demoPassword", demoPassword);
        }
        return "people/start";
    }

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Caller caller = Caller.current().orElseThrow();
        model.addAttribute("isWorker", caller.hasRole(Role.WORKER.name()));
        model.addAttribute("isPerson", caller.hasRole(Role.SUPPORTED_PERSON.name()));
        model.addAttribute("isCoordinator", caller.hasRole(Role.COORDINATOR.name()));
        return "people/dashboard";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "people/accessibility";
    }
}
