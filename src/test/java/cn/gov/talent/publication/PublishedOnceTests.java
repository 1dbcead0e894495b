package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.SimultaneousRequestsTests;

/** Six people press "publish" on one list at once: it is published once, and each sees a normal page. */
@IntegrationTest
class PublishedOnceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    Publications publications;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sixPublicationsOfOneListAtOnce() throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 2);
        long batch = inNotice.batch().batchId();
        Actor office = data.actor("office");
        LocalDate today = notices.today();
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), inNotice.noticeId());
        publications.approve(batch, office);

        List<Integer> statuses = SimultaneousRequestsTests.allAtOnce(6, () -> mvc.perform(post("/publication/batches/" + batch + "/publish")
                .with(csrf()).with(users.as("office"))).andReturn().getResponse().getStatus());

        assertThat(statuses).allSatisfy(status -> assertThat(status).isEqualTo(302));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'NOTICE' and subject_id = ?"
                + " and action = 'PUBLISH_LIST'", Long.class, inNotice.noticeId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from talent_record where batch_id = ?", Long.class, batch))
                .isEqualTo(2);
    }
}
