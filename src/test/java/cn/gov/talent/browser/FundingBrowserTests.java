package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.funding.FundKind;
import cn.gov.talent.funding.PlanForm;
import cn.gov.talent.funding.PlanRow;
import cn.gov.talent.funding.ReleaseCondition;
import cn.gov.talent.funding.SupportPlans;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;

/**
 * The office sets a person's amount and pays the first tranche in a browser: a fresh 双高-like person (a
 * TalentScenario record, its category given project funds of 5–20万元 in three tranches, the later two
 * after the yearly reports) appears on the list of people without an amount; the office opens their
 * funding page, sets 15万元, sees the first tranche releasable and the second held by its open condition,
 * releases the first, records its payment with the voucher number, and the employer sees it paid.
 */
class FundingBrowserTests extends BrowserTest {

    @Autowired
    TalentScenario scenario;

    @Autowired
    SupportPlans plans;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeSetsAnAmountReleasesTheFirstTrancheAndRecordsItsPayment() throws Exception {
        long record = scenario.published(1).get(0).recordId();
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class, record);
        plans.create(projectFunds(category), data.actor("office"));
        String voucher = "赣财社拨〔" + data.year() + "〕8801号";

        signIn("office");
        open("/funding/records/" + record);
        expectText("h1", "经费拨付");
        expectText("[data-testid=no-funds]", "尚未核定经费");
        type("amount-PROJECT", "150000");
        click("#set-amount-PROJECT");
        expectText("[role=status]", "经费金额已核定");
        expectText("[data-testid=fund-amount]", "150,000.00");

        long first = tranche(record, 1);
        long second = tranche(record, 2);
        expectText("[data-testid=tranche-" + second + "]", "第 1 年度考核尚未归档");
        assertThat(driver.findElements(By.id("release-" + second))).as("an open condition: no release").isEmpty();
        expectText("[data-testid=tranche-" + first + "]", "条件已满足");
        click("#release-" + first);
        expectText("[role=status]", "已放行");
        expectText("[data-testid=tranche-" + first + "] [data-testid=tranche-status]", "已放行，待支付");

        // the day and the amount come filled in (today, the tranche's own); the voucher number is typed
        assertThat(find("#amount-" + first).getAttribute("value")).isEqualTo("50000.00");
        type("voucherNo-" + first, voucher);
        click("#pay-" + first);
        expectText("[role=status]", "已登记支付");
        expectText("[data-testid=tranche-" + first + "] [data-testid=tranche-status]", "已拨付");
        expectText("[data-testid=tranche-" + first + "] [data-testid=paid-line]", voucher);
        expectText("[data-testid=total-paid]", "50,000.00");
        assertThat(jdbc.queryForMap("select status, voucher_no, paid_on from funding_tranche where id = ?", first))
                .containsEntry("status", "PAID").containsEntry("voucher_no", voucher);
        signOut();

        // the employer sees it paid, with the payment notice to print
        signIn("employer");
        open("/funding/records/" + record);
        expectText("[data-testid=tranche-" + first + "] [data-testid=tranche-status]", "已拨付");
        assertThat(driver.findElements(By.id("notice-" + first))).isNotEmpty();
        assertThat(driver.findElements(By.id("pay-" + first))).isEmpty();
    }

    private static PlanForm projectFunds(long category) {
        PlanForm form = new PlanForm();
        form.setCategoryId(category);
        form.setKind(FundKind.PROJECT);
        form.setMinAmount(new BigDecimal("50000"));
        form.setMaxAmount(new BigDecimal("200000"));
        form.setPeriodYears(3);
        form.setExtensionYears(0);
        form.setBasis("004 §三(一)");
        form.getRows().add(row(0, ReleaseCondition.NONE, null));
        form.getRows().add(row(12, ReleaseCondition.YEARLY_REPORT_FILED, 1));
        form.getRows().add(row(24, ReleaseCondition.YEARLY_REPORT_FILED, 2));
        return form;
    }

    private static PlanRow row(int months, ReleaseCondition condition, Integer reportYear) {
        PlanRow row = new PlanRow();
        row.setMonthsAfterStart(months);
        row.setCondition(condition);
        row.setReportYear(reportYear);
        return row;
    }

    private long tranche(long record, int seq) {
        return jdbc.queryForObject("select id from funding_tranche where talent_record_id = ? and seq = ?",
                Long.class, record, seq);
    }
}
