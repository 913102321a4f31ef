package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.Need;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Skill;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.money.Money;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoDataTests extends IntegrationTest {

    @Autowired
    PeopleApi people;

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ericNeedsSupportRoundTheClockInHebdenBridge() {
        PersonProfile eric = people.personProfile(id("eric")).orElseThrow();

        assertThat(eric.needs())
                .contains(Need.PERSONAL_CARE, Need.MEDICATION, Need.NIGHT_SUPPORT, Need.MOVING_AND_HANDLING);
        assertThat(eric.interests()).contains("walking", "brass bands");
        assertThat(eric.postcode().sector()).isEqualTo("HX7 8");
        assertThat(latitude("person_profile", id("eric"))).isNotNull();
        assertThat(people.personProfile(id("linda")).orElseThrow().postcode().sector())
                .isEqualTo("HX7 6");
    }

    @Test
    void theEightWorkersAreVariedAndLocated() {
        Set<String> names = Set.of("amina", "ben", "chloe", "dev", "ella", "finn", "grace", "hari");
        Set<String> districts = names.stream()
                .map(name ->
                        people.workerProfile(id(name)).orElseThrow().postcode().district())
                .collect(Collectors.toSet());
        Set<Money> rates = names.stream()
                .map(name -> people.workerProfile(id(name)).orElseThrow().hourlyRate())
                .collect(Collectors.toSet());

        assertThat(districts).contains("HX7", "OL14", "HX2", "HX6");
        assertThat(rates)
                .hasSizeGreaterThan(4)
                .allSatisfy(rate -> assertThat(rate.pence()).isBetween(1350L, 1900L));
        for (String name : names) {
            WorkerProfile worker = people.workerProfile(id(name)).orElseThrow();
            assertThat(worker.skills()).as(name).isNotEmpty();
            assertThat(worker.bio()).as(name).isNotBlank();
            assertThat(latitude("worker_profile", id(name))).as(name).isNotNull();
        }
        assertThat(people.workerProfile(id("ben")).orElseThrow().skills()).contains(Skill.NIGHT_SUPPORT);
    }

    @Test
    void everyDemoAccountHasAPhotoAndAPhoneNumber() {
        for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
            UUID id = id(account.name());
            assertThat(people.hasPhoto(id)).as(account.name()).isTrue();
            assertThat(jdbc.sql("select phone from people.account where id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .as(account.name())
                    .isNotBlank();
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        int auditBefore = auditEntries();
        String before = snapshot();

        demoData.load();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(auditBefore);
    }

    private UUID id(String name) {
        return people.accountByEmail(demo(name)).orElseThrow().id();
    }

    private Double latitude(String table, UUID id) {
        return jdbc.sql("select latitude from people." + table + " where account_id = ?")
                .param(id)
                .query(Double.class)
                .single();
    }

    private String snapshot() {
        return jdbc.sql("""
                        select string_agg(a.email || p.updated_at || coalesce(w.updated_at::text, '')
                            || coalesce(pp.updated_at::text, ''), ',' order by a.email)
                        from people.account a join people.photo p on p.account_id = a.id
                        left join people.worker_profile w on w.account_id = a.id
                        left join people.person_profile pp on pp.account_id = a.id
                        where a.email like '%@demo.carecoop.test'""").query(String.class).single();
    }

    private int auditEntries() {
        return jdbc.sql("select count(*) from audit.access_log")
                .query(Integer.class)
                .single();
    }
}
