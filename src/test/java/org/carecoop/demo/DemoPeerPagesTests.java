package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class DemoPeerPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoPeerPages demoPeerPages;

    @Test
    void theHebdenBridgePageHasAPostAndAMeetUpThatTheWorkersWhoLiveThereSee() throws Exception {
        String page = mvc.perform(get("/peers/areas/HX7").with(as(demo("amina"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Anyone fancy a walk along the canal", "Ella Thornton")
                .contains("Tea and a chat: moving and handling refresher")
                .contains("Amina Hussain", "Grace Mitchell");
    }

    @Test
    void theDemoPostIsMadeOnceHoweverOftenTheApplicationStarts() {
        demoPeerPages.load(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(jdbc.sql("""
                                select count(*) from peers.post p join peers.page g on g.id = p.page_id
                                where g.code = 'HX7' and p.body like 'Anyone fancy a walk%'""").query(Integer.class).single()).isEqualTo(1);
    }
}
