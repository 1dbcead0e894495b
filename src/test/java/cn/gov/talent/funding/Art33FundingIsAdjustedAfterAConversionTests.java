package cn.gov.talent.funding;

import static cn.gov.talent.funding.FundingRequests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.TalentRecords;

/**
 * 转换项目类别后，应当相应调整经费等支持政策 (002 art. 33), inside tracking's transaction: the research funds of
 * the short-term category keep what was paid and their unpaid tranches (released or not) are cancelled,
 * audited one line each; the office is asked for the long-term category's amount and finds the person on
 * its list again; what was paid counts toward the new amount (which may not be less) and only the rest is
 * scheduled.
 */
@IntegrationTest
class Art33FundingIsAdjustedAfterAConversionTests {

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
    TalentRecords records;

    @Autowired
    Programs programs;

    @Autowired
    TestData data;

    FundingRequests funding;

    @BeforeEach
    void requests() {
        funding = new FundingRequests(mvc, users, jdbc);
    }

    @Test
    void theFormerCategorysPaymentsCountTowardTheNewAmountAndTheRestIsCancelled() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        scenario.cycleFrom(record, data.today().minusMonths(13));
        Actor office = data.actor("office");
        long shortTerm = funding.categoryOf(record);
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        programs.addCategory(program, "LONG", "创新人才长期项目", office);
        long longTerm = jdbc.queryForObject("select id from program_category where program_id = ? and code = 'LONG'",
                Long.class, program);

        // short-term research funds of 150万元: the first tranche paid, the second released, the third scheduled
        SupportPlan shortPlan = plans.create(FundingRequests.researchFunds(shortTerm), office);
        SupportPlan longPlan = plans.create(FundingRequests.plan(longTerm, FundKind.RESEARCH, "100000", "3000000", 3,
                2, 0, ReleaseCondition.NONE, null, 12, ReleaseCondition.NONE, null, 24, ReleaseCondition.NONE, null),
                office);
        FundingGrant former = grants.setAmount(record, shortPlan.getId(), new BigDecimal("1500000"), office);
        long first = funding.tranche(record, FundKind.RESEARCH, 1);
        long second = funding.tranche(record, FundKind.RESEARCH, 2);
        long third = funding.tranche(record, FundKind.RESEARCH, 3);
        tranches.release(first, office);
        tranches.pay(first, data.today(), new BigDecimal("500000.00"), "赣财社拨〔" + data.year() + "〕7101号", office);
        tranches.release(second, office);
        assertThat(grants.withoutAmount(office.scope(), Pageable.ofSize(100)).map(r -> r.getId()).getContent())
                .doesNotContain(record);

        // the conversion, approved: tracking changes the category, funding adjusts in the same transaction
        records.convert(record, longTerm, office);

        assertThat(funding.statusOf(first)).isEqualTo("PAID");
        assertThat(funding.statusOf(second)).isEqualTo("CANCELLED");
        assertThat(funding.statusOf(third)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForList("select cancel_reason from funding_tranche where id in (?, ?)", String.class,
                second, third)).containsOnly(Tranches.CONVERTED);
        assertThat(jdbc.queryForList("""
                select from_state from audit_record where subject_type = 'FUNDING_TRANCHE'
                and action = 'CANCEL_TRANCHE' and subject_id in (?, ?, ?) order by subject_id""", String.class,
                first, second, third)).containsExactly("RELEASED", "SCHEDULED");
        assertThat(funding.notified("office", "notification.funding.CONVERTED", record)).isEqualTo(1);
        assertThat(funding.notified("employer", "notification.funding.CONVERTED", record)).isEqualTo(1);
        // the office's list of people without an amount has the person again
        assertThat(grants.withoutAmount(office.scope(), Pageable.ofSize(100)).map(r -> r.getId()).getContent())
                .contains(record);
        String page = funding.page(record, "office");
        assertThat(page).contains("data-testid=\"former-category\"", "项目类别已转换，按新类别重新核定",
                "data-testid=\"carried-hint\"", "原项目类别已拨付 500,000.00 元");

        // the new amount may not be less than what was paid under the former category
        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId",
                longPlan.getId(), "amount", "400000"))).contains("已按原项目类别拨付 500000.00 元");
        assertThat(refusal(funding.post("/funding/records/" + record + "/grants", "office", "planId",
                longPlan.getId(), "amount", "3000000"))).isNull();
        FundingGrant now = grants.of(record, office.scope()).funds().stream().map(Grants.Fund::grant)
                .filter(grant -> grant.getCategoryId() == longTerm).findFirst().orElseThrow();
        assertThat(now.getId()).isNotEqualTo(former.getId());
        assertThat(now.getCarriedOver()).isEqualByComparingTo("500000");
        assertThat(jdbc.queryForList("select amount from funding_tranche where grant_id = ? order by seq",
                BigDecimal.class, now.getId())).extracting(BigDecimal::toPlainString)
                .containsExactly("833333.33", "833333.33", "833333.34");
        assertThat(jdbc.queryForObject("select note_key from audit_record where subject_type = 'FUNDING_GRANT'"
                + " and subject_id = ? and action = 'SET_AMOUNT'", String.class, now.getId()))
                .isEqualTo("audit.note.amountCarried");
        assertThat(funding.page(record, "employer")).contains("data-testid=\"fund-carried\"",
                "500,000.00 元已计入，其余 2,500,000.00 元按本类别拨付");
        assertThat(grants.withoutAmount(office.scope(), Pageable.ofSize(100)).map(r -> r.getId()).getContent())
                .doesNotContain(record);
        // the former fund is history: no revision of it, nothing left to pay under it
        assertThat(jdbc.queryForList("select status from funding_tranche where grant_id = ? order by seq",
                String.class, former.getId())).isEqualTo(List.of("PAID", "CANCELLED", "CANCELLED"));
    }
}
