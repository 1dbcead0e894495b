package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.StatementCount;
import cn.gov.talent.support.TestData;

/**
 * The publication stage's pages run a fixed number of statements: with six people on the list,
 * six objections (each with a file) and six certificates, any per-row query would push the count
 * past these bounds.
 */
@IntegrationTest
class PublicationQueryCountTests {

    @Autowired
    NoticeScenario scenario;

    @Autowired
    Objections objections;

    @Autowired
    Publications publications;

    @Autowired
    Notices notices;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCount statements;

    @Test
    void noticeObjectionAndPublishedListPagesDoNotGrowWithTheirRows() throws Exception {
        NoticeScenario.InNotice inNotice = scenario.inNotice("320", 6);
        long batch = inNotice.batch().batchId();
        Actor office = data.actor("office");
        LocalDate today = notices.today();
        List<Long> filed = new ArrayList<>();
        for (long application : inNotice.batch().applicationIds()) {
            long objection = scenario.object(inNotice.noticeId(), application);
            objections.triage(objection, true, "请调查核实", today.plusDays(5), office);
            filed.add(objection);
        }

        assertThat(statements.of("office", get("/publication/batches/" + batch))).isLessThanOrEqualTo(18);
        // 13: the explanations of eligibility asked of the employer (002 art. 23) are one statement more
        assertThat(statements.of("office", get("/publication/objections/" + filed.get(0)))).isLessThanOrEqualTo(13);
        // 7: the unit's pending requests to employers (002 art. 23) are one statement more, not one per row
        assertThat(statements.of("recommender", get("/publication/investigations"))).isLessThanOrEqualTo(7);
        assertThat(statements.of("department", get("/review/consultation/" + batch))).isLessThanOrEqualTo(7);
        assertThat(statements.of(null, get("/public/notices/" + inNotice.noticeId()))).isLessThanOrEqualTo(8);

        for (long objection : filed) {
            objections.fileFindings(objection, "经调查核实，反映问题不属实。", List.of(), data.actor("recommender"));
            objections.decide(objection, false, "经调查核实，反映问题不属实。", office);
        }
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), inNotice.noticeId());
        publications.approve(batch, office);
        publications.publish(batch, office);

        // 19 once published: the filing with 省委人才办 (004 §二(三)6) is one statement more
        assertThat(statements.of("office", get("/publication/batches/" + batch))).isLessThanOrEqualTo(19);
        assertThat(statements.of(null, get("/public/lists/" + batch))).isLessThanOrEqualTo(8);
        assertThat(statements.of("office", get("/publication/batches/" + batch + "/records"))).isLessThanOrEqualTo(4);
        assertThat(statements.of(null, get("/public/lists"))).isLessThanOrEqualTo(3);
    }
}
