package cn.gov.talent.funding;

import static cn.gov.talent.funding.FundingRequests.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentTransferred;

/**
 * Funding stops when the person leaves (002 art. 36 with art. 27–28: 主动退出, 劝退, 取消资格 end all
 * support) and follows the person on a transfer (art. 32: 一次性补助及科研经费补助一并流转), each inside
 * tracking's transaction: a revocation decided by the office cancels every tranche not yet paid (released
 * or not), audited one line each, and what was paid stays paid; nothing is released while an exit is
 * pending; a transfer moves the unpaid tranches to the new employer, and the old employer no longer sees
 * them (it keeps the one it paid).
 */
@IntegrationTest
class FundingStopsAndFollowsThePersonTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TalentScenario scenario;

    @Autowired
    SupportPlans plans;

    @Autowired
    Grants grants;

    @Autowired
    Tranches tranches;

    @Autowired
    TestData data;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TestClock clock;

    FundingRequests funding;

    @BeforeEach
    void requests() {
        funding = new FundingRequests(mvc, users, jdbc);
    }

    /**
     * A person with research funds of 150万元 in their second year: the first tranche paid, the second
     * released and not yet paid, the third scheduled.
     */
    private long fundedInTheSecondYear(Talent talent) {
        long record = talent.recordId();
        scenario.cycleFrom(record, data.today().minusMonths(13));
        Actor office = data.actor("office");
        SupportPlan plan = plans.create(FundingRequests.researchFunds(funding.categoryOf(record)), office);
        grants.setAmount(record, plan.getId(), new BigDecimal("1500000"), office);
        long first = funding.tranche(record, FundKind.RESEARCH, 1);
        tranches.release(first, office);
        tranches.pay(first, data.today(), new BigDecimal("500000.00"), "赣财社拨〔" + data.year() + "〕7001号", office);
        tranches.release(funding.tranche(record, FundKind.RESEARCH, 2), office);
        return record;
    }

    @Test
    void aRevokedPersonsUnpaidTranchesAreCancelled() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = fundedInTheSecondYear(talent);
        long first = funding.tranche(record, FundKind.RESEARCH, 1);
        long second = funding.tranche(record, FundKind.RESEARCH, 2);
        long third = funding.tranche(record, FundKind.RESEARCH, 3);

        // 取消资格: proposed by the employer with evidence, passed up, decided by the office
        funding.perform(multipart("/talents/" + record + "/exit").file(new MockMultipartFile("evidence", "调查结论.pdf",
                "application/pdf", "%PDF-1.4\n% findings\n".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "REVOCATION").param("ground", "FRAUD").param("reason", "经调查，其申报材料存在伪造。"),
                "employer");
        // while the exit is pending nothing is released
        assertThat(refusal(funding.post("/funding/tranches/" + third + "/release", "office")))
                .contains("退出事项决定前暂缓放行");
        funding.post("/talents/" + record + "/exit/forward", "recommender");
        assertThat(refusal(funding.post("/talents/" + record + "/exit/decision", "office", "approve", "true",
                "reason", "经核查属实。"))).isNull();
        assertThat(scenario.status(record)).isEqualTo("REVOKED");

        assertThat(funding.statusOf(first)).isEqualTo("PAID");
        assertThat(funding.statusOf(second)).isEqualTo("CANCELLED");
        assertThat(funding.statusOf(third)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select cancel_reason from funding_tranche where id in (?, ?)", String.class,
                second, third)).containsOnly("REVOKED");
        assertThat(jdbc.queryForList("""
                select subject_id, from_state, to_state, actor_username, note_key from audit_record
                where subject_type = 'FUNDING_TRANCHE' and action = 'CANCEL_TRANCHE' and subject_id in (?, ?, ?)
                order by subject_id""", first, second, third)).containsExactly(
                        Map.of("subject_id", second, "from_state", "RELEASED", "to_state", "CANCELLED",
                                "actor_username", "funding", "note_key", "audit.note.cancelled"),
                        Map.of("subject_id", third, "from_state", "SCHEDULED", "to_state", "CANCELLED",
                                "actor_username", "funding", "note_key", "audit.note.cancelled"));
        assertThat(funding.notified("employer", "notification.funding.CANCEL_TRANCHE", record)).isEqualTo(1);
        assertThat(funding.notified("office", "notification.funding.CANCEL_TRANCHE", record)).isEqualTo(1);

        // neither paid nor released any more
        assertThat(refusal(funding.post("/funding/tranches/" + second + "/payment", "office", "paidOn",
                data.today().toString(), "amount", "500000.00", "voucherNo", "X-1"))).contains("已停止拨付");
        assertThat(refusal(funding.post("/funding/tranches/" + third + "/release", "office"))).contains("已停止拨付");
        assertThat(funding.page(record, "employer")).contains("已停止拨付", "1,000,000.00", "500,000.00");
    }

    @Test
    void aWithdrawalApprovedStopsTheFundingToo() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = fundedInTheSecondYear(talent);
        funding.post("/talents/" + record + "/withdrawal", talent.owner(), "ground", "FAMILY", "reason",
                "因家庭原因申请主动退出。");
        assertThat(refusal(funding.post("/talents/" + record + "/exit/decision", "office", "approve", "true")))
                .isNull();
        assertThat(jdbc.queryForList("select status from funding_tranche where talent_record_id = ? order by seq",
                String.class, record)).containsExactly("PAID", "CANCELLED", "CANCELLED");
        assertThat(jdbc.queryForList("select distinct cancel_reason from funding_tranche where talent_record_id = ?"
                + " and status = 'CANCELLED'", String.class, record)).containsExactly("WITHDRAWN");
    }

    @Test
    void unpaidTranchesFollowThePersonToTheNewEmployer() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = fundedInTheSecondYear(talent);
        long first = funding.tranche(record, FundKind.RESEARCH, 1);
        long second = funding.tranche(record, FundKind.RESEARCH, 2);
        long third = funding.tranche(record, FundKind.RESEARCH, 3);
        Map<String, Object> from = jdbc.queryForMap("select id, path from org_unit where code = 'NCU'");
        Map<String, Object> to = jdbc.queryForMap("select id, path, name from org_unit where code = 'JXCC'");
        long toUnit = ((Number) to.get("id")).longValue();

        // as mobility moves an approved transfer: the record moves, and tracking announces it in the same transaction
        transaction.executeWithoutResult(status -> {
            scenario.employedBy(record, "JXCC");
            events.publishEvent(new TalentTransferred(record, ((Number) from.get("id")).longValue(), toUnit,
                    (String) to.get("path"), (String) to.get("name"), clock.instant()));
        });

        assertThat(jdbc.queryForList("select unit_id from funding_tranche where id in (?, ?, ?) order by seq",
                Long.class, first, second, third))
                .containsExactly(((Number) from.get("id")).longValue(), toUnit, toUnit);
        assertThat(jdbc.queryForObject("select unit_id from funding_grant where talent_record_id = ?", Long.class,
                record)).isEqualTo(toUnit);
        assertThat(jdbc.queryForList("select unit_path from funding_tranche where id in (?, ?)", String.class, second,
                third)).containsOnly((String) to.get("path"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'FUNDING_TRANCHE' and action = 'TRANSFER_TRANCHE'
                and subject_id in (?, ?)""", Long.class, second, third)).isEqualTo(2);
        assertThat(funding.notified("employer02", "notification.funding.TRANSFER_TRANCHE", record)).isEqualTo(1);

        // the old employer keeps the tranche it paid and no longer sees the others; the new one sees those
        TrancheFilter mine = new TrancheFilter();
        mine.setQ(jdbc.queryForObject("select certificate_no from talent_record where id = ?", String.class, record));
        assertThat(tranches.search(data.actor("employer").scope(), mine, Pageable.ofSize(20)).getContent())
                .extracting(FundingTranche::getId).containsExactly(first);
        assertThat(tranches.search(data.actor("employer02").scope(), mine, Pageable.ofSize(20)).getContent())
                .extracting(FundingTranche::getId).containsExactlyInAnyOrder(second, third);
        mvc.perform(get("/funding/tranches/" + second + "/notice.pdf").with(users.as("employer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/funding/tranches/" + second + "/notice.pdf").with(users.as("employer02")))
                .andExpect(status().isOk());
        // the person's page follows the record: the new employer's now
        funding.page(record, "employer02");
        mvc.perform(get("/funding/records/" + record).with(users.as("employer"))).andExpect(status().isNotFound());
        assertThat(List.of(funding.statusOf(first), funding.statusOf(second), funding.statusOf(third)))
                .containsExactly("PAID", "RELEASED", "SCHEDULED");
    }
}
