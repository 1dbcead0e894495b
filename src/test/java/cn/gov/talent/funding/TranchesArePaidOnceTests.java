package cn.gov.talent.funding;

import static cn.gov.talent.funding.FundingRequests.refusal;
import static cn.gov.talent.funding.FundingRequests.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;
import cn.gov.talent.web.SimultaneousRequestsTests;

/**
 * A tranche is paid once, decided by the database: the payment is a conditional update from RELEASED, so of
 * two requests at the same moment (two officials, a double click) one records the payment and the other is
 * refused; a later attempt is refused with the day and voucher of the payment. The amount set is audited
 * and within the plan's range; a payment needs the day, the tranche's own amount and a voucher number.
 */
@IntegrationTest
class TranchesArePaidOnceTests {

    private static final AtomicInteger VOUCHERS = new AtomicInteger(9000);

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
    TestData data;

    FundingRequests funding;

    @BeforeEach
    void requests() {
        funding = new FundingRequests(mvc, users, jdbc);
    }

    @Test
    void aTrancheIsPaidOnceEvenByTwoRequestsAtOnce() throws Exception {
        long record = scenario.published(1).get(0).recordId();
        SupportPlan plan = plans.create(FundingRequests.shuangGaoProject(funding.categoryOf(record)),
                data.actor("office"));

        // the amount within the plan's range (004 §三(一): 5–20万元), to the fen
        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId", plan.getId(),
                "amount", "250000"))).contains("50000.00 至 200000.00");
        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId", plan.getId(),
                "amount", "150000.005"))).contains("两位小数");
        MvcResult set = funding.post("/funding/records/" + record + "/grants", "office", "planId", plan.getId(),
                "amount", "150000");
        assertThat(refusal(set)).isNull();
        assertThat(success(set)).contains("经费金额已核定");
        assertThat(jdbc.queryForList("select amount from funding_tranche where talent_record_id = ? order by seq",
                java.math.BigDecimal.class, record)).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("50000.00", "50000.00", "50000.00");
        assertThat(jdbc.queryForMap("""
                select action, to_state, note_key from audit_record where subject_type = 'FUNDING_GRANT'
                and subject_label like ? order by id desc limit 1""", "%" + certificateOf(record)))
                .containsEntry("action", "SET_AMOUNT").containsEntry("to_state", "150000.00")
                .containsEntry("note_key", "audit.note.amount");
        assertThat(funding.notified("employer", "notification.funding.SET_AMOUNT", record)).isEqualTo(1);

        long first = funding.tranche(record, FundKind.PROJECT, 1);
        MvcResult released = funding.post("/funding/tranches/" + first + "/release", "office");
        assertThat(refusal(released)).isNull();
        assertThat(funding.statusOf(first)).isEqualTo("RELEASED");

        // the payment needs the tranche's own amount and a voucher number
        String today = data.today().toString();
        assertThat(refusal(funding.post("/funding/tranches/" + first + "/payment", "office", "paidOn", today,
                "amount", "49999.99", "voucherNo", "V1"))).contains("50000.00");
        assertThat(refusal(funding.post("/funding/tranches/" + first + "/payment", "office", "paidOn", today,
                "amount", "50000"))).contains("凭证号");
        assertThat(funding.statusOf(first)).isEqualTo("RELEASED");

        List<MvcResult> answers = SimultaneousRequestsTests.allAtOnce(2, () -> mvc.perform(
                post("/funding/tranches/" + first + "/payment").param("paidOn", today).param("amount", "50000.00")
                        .param("voucherNo", "赣财社拨〔" + data.year() + "〕" + VOUCHERS.incrementAndGet() + "号")
                        .with(csrf()).with(users.as("office"))).andReturn());

        assertThat(answers.stream().map(FundingRequests::success).filter(Objects::nonNull))
                .singleElement().asString().contains("已登记支付");
        assertThat(answers.stream().map(FundingRequests::refusal).filter(Objects::nonNull))
                .singleElement().asString().containsAnyOf("不能重复支付", "未重复登记");
        assertThat(jdbc.queryForMap("select status, paid_amount, voucher_no, paid_by from funding_tranche where id = ?",
                first)).containsEntry("status", "PAID").containsEntry("paid_by", "office");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record where subject_type = 'FUNDING_TRANCHE' and subject_id = ?
                and action = 'PAY_TRANCHE'""", Long.class, first)).isEqualTo(1);

        // later, the same again: refused with the payment that stands
        String voucher = jdbc.queryForObject("select voucher_no from funding_tranche where id = ?", String.class, first);
        assertThat(refusal(funding.post("/funding/tranches/" + first + "/payment", "office", "paidOn", today,
                "amount", "50000.00", "voucherNo", "另一张凭证"))).contains("不能重复支付", voucher, today);
        assertThat(funding.page(record, "employer")).contains("已拨付", voucher);
    }

    private String certificateOf(long record) {
        return jdbc.queryForObject("select certificate_no from talent_record where id = ?", String.class, record);
    }
}
