package org.carecoop.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Decision.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AccessPolicyTests extends TeamTestSupport {

    /**
     * What each relationship gets with no grants or withdrawals. Codes: O own record, D role default, M
     * minimum for the role, n not in the team, x not granted.
     */
    static final String EXPECTED = """
            category                    action  self nominee worker careWorker family health coordinator stranger
            PROFILE_AND_CONTACT         READ    O    D       M      M          x      D      n           n
            PROFILE_AND_CONTACT         WRITE   O    D       x      x          x      x      n           n
            SCHEDULE                    READ    O    D       D      D          D      x      n           n
            SCHEDULE                    WRITE   O    D       x      x          x      x      n           n
            CARE_NOTES                  READ    O    D       x      M          x      D      n           n
            CARE_NOTES                  WRITE   O    x       D      D          x      D      n           n
            INTIMATE_AND_PERSONAL_CARE  READ    O    D       x      M          x      x      n           n
            INTIMATE_AND_PERSONAL_CARE  WRITE   O    x       x      x          x      x      n           n
            MEDICATION                  READ    O    D       x      x          x      D      n           n
            MEDICATION                  WRITE   O    x       x      x          x      x      n           n
            FINANCES_AND_BUDGET         READ    O    D       x      x          x      x      n           n
            FINANCES_AND_BUDGET         WRITE   O    D       x      x          x      x      n           n
            SAFEGUARDING                READ    O    D       x      x          x      x      n           n
            SAFEGUARDING                WRITE   O    x       x      x          x      x      n           n
            PLANS_AND_OUTCOMES          READ    O    D       D      D          x      x      n           n
            PLANS_AND_OUTCOMES          WRITE   O    D       x      x          x      x      n           n
            EMERGENCY_CONTACT_ONLY      READ    O    D       M      M          D      x      n           n
            EMERGENCY_CONTACT_ONLY      WRITE   O    x       x      x          x      x      n           n
            """;

    static final Map<String, Reason> CODES = Map.of(
            "O", Reason.OWN_RECORD,
            "D", Reason.ROLE_DEFAULT,
            "M", Reason.MINIMUM_FOR_ROLE,
            "n", Reason.NOT_IN_TEAM,
            "x", Reason.NOT_GRANTED);

    @Autowired
    AccessPolicy access;

    @Autowired
    AuditLog auditLog;

    /** Nora's team: two workers (Rhys gives personal care), a nominee, a friend and a doctor. */
    record NorasTeam(Caller nora, Caller priya, Caller rhys, Caller sam, Caller pat, Caller shah) {}

    NorasTeam norasTeam() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);
        Caller sam = newCaller("Sam", Role.FAMILY);
        Caller pat = newCaller("Pat", Role.FAMILY);
        Caller shah = newCaller("Shah", Role.HEALTH_PROFESSIONAL);
        startArrangement(nora, priya);
        startArrangement(nora, rhys);
        awaitTeamWith(nora, priya, rhys);
        teamsApi.addMember(nora, nora.accountId(), sam.accountId(), MemberRole.NOMINEE);
        teamsApi.addMember(nora, nora.accountId(), pat.accountId(), MemberRole.FAMILY_OR_FRIEND);
        teamsApi.addMember(nora, nora.accountId(), shah.accountId(), MemberRole.HEALTH_PROFESSIONAL);
        teamsApi.setGivesPersonalCare(nora, nora.accountId(), rhys.accountId(), true);
        return new NorasTeam(nora, priya, rhys, sam, pat, shah);
    }

    @Test
    void eachCategoryRelationshipAndActionHasTheExpectedOutcome() {
        NorasTeam team = norasTeam();
        Map<String, Caller> relationships = new LinkedHashMap<>();
        relationships.put("self", team.nora());
        relationships.put("nominee", team.sam());
        relationships.put("worker", team.priya());
        relationships.put("careWorker", team.rhys());
        relationships.put("family", team.pat());
        relationships.put("health", team.shah());
        relationships.put("coordinator", newCaller("Cora", Role.COORDINATOR));
        relationships.put("stranger", newCaller("Stan", Role.WORKER));

        List<String> lines = EXPECTED.strip().lines().toList();
        List<String> columns = List.of(lines.get(0).trim().split("\\s+"));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Category category = Category.valueOf(cells[0]);
            Action action = Action.valueOf(cells[1]);
            for (int i = 2; i < cells.length; i++) {
                Reason expected = CODES.get(cells[i]);
                Decision actual = access.decide(
                        relationships.get(columns.get(i)), team.nora().accountId(), category, action);
                checked++;
                boolean shouldAllow = expected == Reason.OWN_RECORD
                        || expected == Reason.ROLE_DEFAULT
                        || expected == Reason.MINIMUM_FOR_ROLE;
                if (actual.reason() != expected || actual.allowed() != shouldAllow) {
                    mismatches.add(columns.get(i) + " " + action + " " + category + ": expected " + expected + ", was "
                            + actual);
                }
            }
        }

        assertThat(checked).isEqualTo(Category.values().length * Action.values().length * relationships.size());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyDecisionIsWrittenToTheAccessLogWithItsOutcomeAndCategory() {
        NorasTeam team = norasTeam();
        Caller stranger = newCaller("Stan", Role.WORKER);

        access.decide(stranger, team.nora().accountId(), Category.CARE_NOTES, Action.READ);
        access.decide(team.priya(), team.nora().accountId(), Category.SCHEDULE, Action.READ);

        List<AuditEntry> log = auditLog.aboutPerson(team.nora().accountId(), 2);
        assertThat(log.get(1)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(stranger.accountId());
            assertThat(e.action()).isEqualTo("READ");
            assertThat(e.recordType()).isEqualTo("care_notes");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            assertThat(e.detail()).isEqualTo("not_in_team");
        });
        assertThat(log.get(0)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(team.priya().accountId());
            assertThat(e.recordType()).isEqualTo("schedule");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
            assertThat(e.detail()).isEqualTo("role_default");
        });
    }

    @Test
    void aRefusalStaysInTheLogWhenTheCallersWorkRollsBack() {
        NorasTeam team = norasTeam();

        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> access.check(team.pat(), team.nora().accountId(), Category.MEDICATION, Action.READ)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(auditLog.aboutPerson(team.nora().accountId(), 1))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actorId()).isEqualTo(team.pat().accountId());
                    assertThat(e.recordType()).isEqualTo("medication");
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                });
    }

    @Test
    void aGrantAndItsRevocationTakeEffectOnTheVeryNextCall() {
        NorasTeam team = norasTeam();
        Caller sam = team.sam();
        Caller shah = team.shah();
        assertThat(access.decide(shah, team.nora().accountId(), Category.SAFEGUARDING, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));

        teamsApi.grant(team.nora(), team.nora().accountId(), shah.accountId(), Category.SAFEGUARDING, Action.READ);
        assertThat(access.decide(shah, team.nora().accountId(), Category.SAFEGUARDING, Action.READ))
                .isEqualTo(Decision.allow(Reason.GRANTED));

        teamsApi.revoke(sam, team.nora().accountId(), shah.accountId(), Category.SAFEGUARDING, Action.READ);
        assertThat(access.decide(shah, team.nora().accountId(), Category.SAFEGUARDING, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
    }

    @Test
    void thePersonCanWithdrawARoleDefaultSoPatIsRefusedTheSchedule() {
        NorasTeam team = norasTeam();

        teamsApi.revoke(team.nora(), team.nora().accountId(), team.pat().accountId(), Category.SCHEDULE, Action.READ);

        assertThatThrownBy(() -> access.check(team.pat(), team.nora().accountId(), Category.SCHEDULE, Action.READ))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.decide(team.pat(), team.nora().accountId(), Category.EMERGENCY_CONTACT_ONLY, Action.READ))
                .isEqualTo(Decision.allow(Reason.ROLE_DEFAULT));
    }

    @Test
    void minimumsForAWorkersRoleCannotBeWithdrawn() {
        NorasTeam team = norasTeam();
        var nora = team.nora();

        teamsApi.revoke(nora, nora.accountId(), team.priya().accountId(), Category.PROFILE_AND_CONTACT, Action.READ);
        teamsApi.revoke(
                nora, nora.accountId(), team.rhys().accountId(), Category.INTIMATE_AND_PERSONAL_CARE, Action.READ);

        assertThat(access.decide(team.priya(), nora.accountId(), Category.PROFILE_AND_CONTACT, Action.READ))
                .isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
        assertThat(access.decide(team.rhys(), nora.accountId(), Category.INTIMATE_AND_PERSONAL_CARE, Action.READ))
                .isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
    }

    @Test
    void onlyThePersonOrTheirNomineeMayChangeWhatMembersSee() {
        NorasTeam team = norasTeam();
        var nora = team.nora();

        assertThatThrownBy(() -> teamsApi.grant(
                        team.priya(),
                        nora.accountId(),
                        team.priya().accountId(),
                        Category.FINANCES_AND_BUDGET,
                        Action.READ))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teamsApi.revoke(
                        newCaller("Cora", Role.COORDINATOR),
                        nora.accountId(),
                        team.pat().accountId(),
                        Category.SCHEDULE,
                        Action.READ))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.decide(team.priya(), nora.accountId(), Category.FINANCES_AND_BUDGET, Action.READ)
                        .allowed())
                .isFalse();

        teamsApi.grant(
                team.sam(), nora.accountId(), team.priya().accountId(), Category.FINANCES_AND_BUDGET, Action.READ);
        assertThat(access.decide(team.priya(), nora.accountId(), Category.FINANCES_AND_BUDGET, Action.READ))
                .isEqualTo(Decision.allow(Reason.GRANTED));
    }

    @Test
    void grantsGoOnlyToMembersAndWorkersJoinOnlyThroughTheirSupport() {
        NorasTeam team = norasTeam();
        var nora = team.nora();
        Caller stranger = newCaller("Stan", Role.WORKER);

        assertThatThrownBy(() ->
                        teamsApi.grant(nora, nora.accountId(), stranger.accountId(), Category.SCHEDULE, Action.READ))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> teamsApi.addMember(nora, nora.accountId(), stranger.accountId(), MemberRole.WORKER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(teamsApi.teamOf(nora.accountId()).orElseThrow().members())
                .extracting(Team.Member::accountId, Team.Member::role, Team.Member::givesPersonalCare)
                .containsExactlyInAnyOrder(
                        tuple(team.priya().accountId(), MemberRole.WORKER, false),
                        tuple(team.rhys().accountId(), MemberRole.WORKER, true),
                        tuple(team.sam().accountId(), MemberRole.NOMINEE, false),
                        tuple(team.pat().accountId(), MemberRole.FAMILY_OR_FRIEND, false),
                        tuple(team.shah().accountId(), MemberRole.HEALTH_PROFESSIONAL, false));
    }

    @Test
    void aCoordinatorReadsARecordOnlyByBreakingTheGlassAndOnlyForAnHour() {
        NorasTeam team = norasTeam();
        var nora = team.nora();
        Caller cora = newCaller("Cora", Role.COORDINATOR);
        assertThat(access.decide(cora, nora.accountId(), Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));

        access.breakGlass(cora, nora.accountId(), "Nora fell; paramedics need her medication");

        assertThat(auditLog.aboutPerson(nora.accountId(), 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("BREAK_GLASS");
            assertThat(e.actorId()).isEqualTo(cora.accountId());
            assertThat(e.detail()).isEqualTo("Nora fell; paramedics need her medication");
        });
        assertThat(access.decide(cora, nora.accountId(), Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.allow(Reason.BREAK_GLASS));
        assertThat(access.decide(cora, nora.accountId(), Category.MEDICATION, Action.WRITE))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        try (var later = clock.advance(Duration.ofMinutes(59))) {
            assertThat(access.decide(cora, nora.accountId(), Category.SAFEGUARDING, Action.READ)
                            .allowed())
                    .isTrue();
        }
        try (var later = clock.advance(Duration.ofMinutes(61))) {
            assertThat(access.decide(cora, nora.accountId(), Category.MEDICATION, Action.READ))
                    .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        }
    }

    @Test
    void onlyCoordinatorsMayBreakTheGlassAndAlwaysWithAReason() {
        NorasTeam team = norasTeam();
        var nora = team.nora();
        Caller stranger = newCaller("Stan", Role.WORKER);

        assertThatThrownBy(() -> access.breakGlass(stranger, nora.accountId(), "curious"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.breakGlass(newCaller("Cora", Role.COORDINATOR), nora.accountId(), "  "))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(auditLog.aboutPerson(nora.accountId(), 1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("BREAK_GLASS");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
        });
        assertThat(access.decide(stranger, nora.accountId(), Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }
}
