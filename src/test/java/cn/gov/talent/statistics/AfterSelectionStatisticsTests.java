package cn.gov.talent.statistics;

import static cn.gov.talent.statistics.SelectionFunnelTests.figure;
import static cn.gov.talent.statistics.SelectionFunnelTests.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.funding.FundKind;
import cn.gov.talent.funding.FundingStatistics;
import cn.gov.talent.funding.FundsCount;
import cn.gov.talent.funding.Grants;
import cn.gov.talent.funding.PlanForm;
import cn.gov.talent.funding.PlanRow;
import cn.gov.talent.funding.ReleaseCondition;
import cn.gov.talent.funding.SupportPlan;
import cn.gov.talent.funding.SupportPlans;
import cn.gov.talent.funding.Tranches;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.StatisticsFilter;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;
import cn.gov.talent.tracking.FinalAssessment;
import cn.gov.talent.tracking.FinalAssessmentForm;
import cn.gov.talent.tracking.FinalAssessments;
import cn.gov.talent.tracking.Grade;
import cn.gov.talent.tracking.GradeCount;
import cn.gov.talent.tracking.OutputCount;
import cn.gov.talent.tracking.OutputForm;
import cn.gov.talent.tracking.OutputKind;
import cn.gov.talent.tracking.OutputLevel;
import cn.gov.talent.tracking.Outputs;
import cn.gov.talent.tracking.TalentStatistics;
import cn.gov.talent.tracking.YearlyReport;
import cn.gov.talent.tracking.YearlyReports;

/**
 * After selection, counted on three people published today in a fresh program (南昌大学, 南昌市人社局): A's
 * first yearly report graded 优秀 and two outputs (a paper, a major patent), with 10万元 of project funds in two
 * tranches, the first paid; B moved to 九江学院 (九江市人社局) with a paper and 6万元 in two tranches, none paid;
 * C at the end of the cycle, assessed 优秀 and completed. Each module's statement counts them; the recommending
 * units count their own subtree only.
 */
@IntegrationTest
class AfterSelectionStatisticsTests {

    @Autowired
    TalentScenario scenario;

    @Autowired
    TalentStatistics talents;

    @Autowired
    FundingStatistics funding;

    @Autowired
    YearlyReports reports;

    @Autowired
    Outputs outputs;

    @Autowired
    FinalAssessments finals;

    @Autowired
    SupportPlans plans;

    @Autowired
    Grants grants;

    @Autowired
    Tranches tranches;

    @Autowired
    Slicer slicer;

    @Autowired
    Figures figures;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void statesGradesOutputsAndFundsAreCountedPerYearAndUnit() throws Exception {
        List<Talent> people = scenario.published(3);
        Talent a = people.get(0);
        Talent b = people.get(1);
        Talent c = people.get(2);
        long category = jdbc.queryForObject("select category_id from talent_record where id = ?", Long.class,
                a.recordId());
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class,
                a.recordId());
        Actor office = data.actor("office");
        LocalDate today = data.today();

        // funds: two equal tranches, at the start and a year later; B has moved before its amount was set
        SupportPlan plan = plans.create(twoTranches(category), office);
        scenario.employedBy(b.recordId(), "JJU");
        grants.setAmount(a.recordId(), plan.getId(), new BigDecimal("100000"), office);
        grants.setAmount(b.recordId(), plan.getId(), new BigDecimal("60000"), office);
        long first = jdbc.queryForObject("select id from funding_tranche where talent_record_id = ? and seq = 1",
                Long.class, a.recordId());
        tranches.release(first, office);
        tranches.pay(first, today, new BigDecimal("50000.00"), "赣财社拨〔统计〕1号", office);

        // A's first year reported and graded, two outputs; B's paper; C assessed at the end of the cycle
        scenario.reportWindowOpen(a.recordId());
        outputs.add(a.recordId(), output(OutputKind.PAPER, today, false), null, data.actor(a.owner()));
        outputs.add(a.recordId(), output(OutputKind.PATENT, today, true), null, data.actor(a.owner()));
        YearlyReport report = reports.submit(a.recordId(), 1, "完成第一年度目标。", data.actor(a.owner()));
        reports.grade(report.getId(), Grade.EXCELLENT, "优秀。", data.actor("employer"));
        outputs.add(b.recordId(), output(OutputKind.PAPER, today, false), null, data.actor(b.owner()));
        scenario.cycleEnding(c.recordId());
        finals.assess(c.recordId(), excellent(), office);

        StatisticsFilter filter = new StatisticsFilter(null, List.of(category), null,
                List.of(path("NC-HRSS"), path("JJ-HRSS")));
        int assessed = jdbc.queryForObject("select due_on from yearly_report where id = ?", LocalDate.class,
                report.getId()).minusMonths(1).getYear();
        List<GradeCount> grades = talents.assessments(office.scope(), filter);
        assertThat(grades).containsExactlyInAnyOrder(new GradeCount("ANNUAL", assessed, "EXCELLENT", 1),
                new GradeCount("FINAL", today.getYear(), "EXCELLENT", 1));
        assertThat(talents.outputs(office.scope(), filter)).containsExactlyInAnyOrder(
                new OutputCount(today.getYear(), OutputKind.PAPER, 2, 0),
                new OutputCount(today.getYear(), OutputKind.PATENT, 1, 1));
        assertThat(talents.outputs(data.actor("recommender").scope(), filter)).containsExactlyInAnyOrder(
                new OutputCount(today.getYear(), OutputKind.PAPER, 1, 0),
                new OutputCount(today.getYear(), OutputKind.PATENT, 1, 1));
        assertThat(talents.assessments(data.actor("recommender02").scope(), filter)).isEmpty();

        List<FundsCount> funds = funding.funds(office.scope(), filter);
        assertThat(funds(funds, "TOTAL", null)).containsExactly("160000.00", "50000.00");
        assertThat(funds(funds, "YEAR", String.valueOf(today.getYear()))).containsExactly("80000.00", "50000.00");
        assertThat(funds(funds, "YEAR", String.valueOf(today.plusMonths(12).getYear())))
                .containsExactly("80000.00", "0.00");
        assertThat(funds(funds, "UNIT", path("NC-HRSS"))).containsExactly("100000.00", "50000.00");
        assertThat(funds(funds, "UNIT", path("JJ-HRSS"))).containsExactly("60000.00", "0.00");
        assertThat(funds(funding.funds(data.actor("recommender").scope(), filter), "TOTAL", null))
                .containsExactly("100000.00", "50000.00");
        assertThat(funds(funding.funds(data.actor("recommender02").scope(), filter), "TOTAL", null))
                .containsExactly("60000.00", "0.00");

        // the page's figures, for the office and the program
        StatisticsQuery query = new StatisticsQuery();
        query.setProgramId(program);
        List<Figure> shown = figures.afterSelection(slicer.slice(accounts.currentUser(accounts
                .findByUsername("office").orElseThrow()), query, false), Locale.SIMPLIFIED_CHINESE);
        Figure states = figure(shown, "after-states");
        assertThat(states.rows()).containsExactly("培养期内", "已完成培养周期");
        assertThat(texts(states, 0)).containsExactly("2", "1");
        Figure outputsFigure = figure(shown, "after-outputs");
        assertThat(outputsFigure.rows()).containsExactly(String.valueOf(today.getYear()));
        assertThat(texts(outputsFigure, OutputKind.PAPER.ordinal())).containsExactly("2");
        assertThat(texts(outputsFigure, OutputKind.values().length)).as("of which major").containsExactly("1");
        Figure years = figure(shown, "after-funds-years");
        assertThat(years.rows()).as("the years in order").containsExactly(String.valueOf(today.getYear()),
                String.valueOf(today.plusMonths(12).getYear()));
        assertThat(texts(years, 0)).containsExactly("80,000.00", "80,000.00");
        assertThat(texts(years, 1)).containsExactly("50,000.00", "0.00");
        assertThat(figure(shown, "after-finals").rows()).containsExactly(String.valueOf(today.getYear()));
    }

    private static PlanForm twoTranches(long categoryId) {
        PlanForm form = new PlanForm();
        form.setCategoryId(categoryId);
        form.setKind(FundKind.PROJECT);
        form.setMinAmount(new BigDecimal("50000"));
        form.setMaxAmount(new BigDecimal("200000"));
        form.setPeriodYears(3);
        form.setExtensionYears(0);
        form.setExtensionNeedsContract(true);
        form.setBasis("统计测试方案");
        List<PlanRow> rows = new ArrayList<>();
        for (int months : new int[] {0, 12}) {
            PlanRow row = new PlanRow();
            row.setMonthsAfterStart(months);
            row.setCondition(ReleaseCondition.NONE);
            rows.add(row);
        }
        form.setRows(rows);
        return form;
    }

    private static OutputForm output(OutputKind kind, LocalDate on, boolean major) {
        OutputForm form = new OutputForm();
        form.setKind(kind);
        form.setTitle("统计测试成果 " + kind);
        form.setAchievedOn(on);
        form.setLevel(OutputLevel.NATIONAL);
        form.setAuthorRank(1);
        form.setFunded(false);
        form.setAcknowledged(false);
        form.setMajor(major);
        return form;
    }

    private static FinalAssessmentForm excellent() {
        FinalAssessmentForm form = new FinalAssessmentForm();
        form.setInnovation("突破关键技术。");
        form.setResults("超额完成培养目标。");
        form.setService("成果推广应用。");
        form.setTraining("培养青年骨干。");
        form.setTeam("组建创新团队。");
        form.setEmployerMeasures("单位配套支持。");
        form.setOutcome(FinalAssessment.Outcome.EXCELLENT);
        return form;
    }

    private String path(String unitCode) {
        return jdbc.queryForObject("select path from org_unit where code = ?", String.class, unitCode);
    }

    private static List<String> funds(List<FundsCount> lines, String dimension, String key) {
        FundsCount line = lines.stream().filter(one -> one.dimension().equals(dimension)
                && Objects.equals(one.key(), key)).findFirst().orElseThrow(() -> new AssertionError(
                        "no line " + dimension + " " + key + " in " + lines));
        return List.of(line.committed().toPlainString(), line.paid().toPlainString());
    }
}
