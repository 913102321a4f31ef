package org.carecoop.teams.page;

import java.util.List;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The way to team pages: "My team" takes a person to their own, "My teams" lists the caller's teams. */
@Controller
class MyTeamsController {

    private final TeamsApi teams;
    private final Presenter presenter;

    MyTeamsController(TeamsApi teams, Presenter presenter) {
        this.teams = teams;
        this.presenter = presenter;
    }

    /** The caller's own team page; its address holds their id, which a menu link cannot. */
    @GetMapping("/my-team")
    String myTeam() {
        return "redirect:/people/" + TeamPageController.caller().accountId() + "/team";
    }

    /** The teams the caller is an open member of, with their part in each. */
    @GetMapping("/teams")
    String teams(Model model) {
        Caller caller = TeamPageController.caller();
        Presenter.Names names = presenter.names();
        List<Views.TeamLink> links = teams.teamsOf(caller.accountId()).stream()
                .flatMap(team -> team.members().stream()
                        .filter(m -> m.accountId().equals(caller.accountId()))
                        .findFirst()
                        .map(m -> link(team, m, names))
                        .stream())
                .toList();
        model.addAttribute("teams", links);
        return "teams/page/my-teams";
    }

    private Views.TeamLink link(Team team, Team.Member member, Presenter.Names names) {
        return new Views.TeamLink(
                team.personId(),
                team.name(),
                Presenter.roleKey(member.role()),
                Presenter.firstName(names.of(team.personId())),
                presenter.when(member.joinedAt()));
    }
}
