package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.tracking.TalentStatus;

/**
 * The demo's funding, once, after the people after selection ({@code @Order(13)}): the support plans of
 * the demo categories — 双高 (PRO and SKILL) project funds of 5–20万元 in three tranches, the second and
 * third released by the yearly reports of years 1 and 2 (004 §三(一)), and study funds of 1–5万元 at once;
 * 千人计划青年 (YOUTH) a one-time grant paid once the work contract is taken up (002 art. 27) and research
 * funds of 100–300万元 over three years, not assessed yearly, extendable by two years with a work contract
 * (art. 28) — and the amounts and tranches of TrackingDemoData's people, each set, released and paid by the
 * office through the module's services as it happened in their cycle:
 * <ul>
 * <li>姚振华 ({@code applicant26}): 15万元, the first tranche paid, the second due and held by its open
 * condition (the first year's report is still with the employer);</li>
 * <li>钟国强 ({@code applicant28}): 20万元, two tranches paid, the third released and awaiting payment;
 * study funds of 3万元 paid;</li>
 * <li>陆晓琳 ({@code applicant29}, completed): 18万元, all three tranches paid;</li>
 * <li>秦志刚 ({@code applicant30}, revoked): 10万元, the first tranche paid, the others cancelled by the
 * revocation;</li>
 * <li>白雨欣 ({@code applicant31}, asking to withdraw): 8万元, the first tranche paid, the second held (the
 * report is not filed, the withdrawal pending).</li>
 * </ul>
 * 江雪梅 ({@code applicant27}) and the publication demo's people have no amount yet: they are the office's
 * list of records to set. Payments are dated some weeks after each tranche fell due (today at the latest).
 */
@Component
@Profile("!prod")
@Order(14)
class FundingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);

    private final Accounts accounts;
    private final Programs programs;
    private final TalentRecords records;
    private final SupportPlans plans;
    private final Grants grants;
    private final Tranches tranches;
    private final FundingTrancheRepository trancheRows;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicInteger vouchers = new AtomicInteger(100);

    FundingDemoData(Accounts accounts, Programs programs, TalentRecords records, SupportPlans plans, Grants grants,
            Tranches tranches, FundingTrancheRepository trancheRows, TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.programs = programs;
        this.records = records;
        this.plans = plans;
        this.grants = grants;
        this.tranches = tranches;
        this.trancheRows = trancheRows;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("office").isEmpty() || programs.programByCode("SG").isEmpty()
                || !plans.all().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Actor office = Actor.of(accounts.currentUser(accounts.findByUsername("office").orElseThrow()));
            Program sg = programs.programByCode("SG").orElseThrow();
            for (ProgramCategory category : sg.getCategories()) {
                plan(category.getId(), FundKind.PROJECT, "50000", "200000", 3, 0,
                        "004 §三(一)：培养周期三年，给予5-20万元的项目资助经费；后两期于上一年度考核归档后拨付", office,
                        row(0, ReleaseCondition.NONE, null), row(12, ReleaseCondition.YEARLY_REPORT_FILED, 1),
                        row(24, ReleaseCondition.YEARLY_REPORT_FILED, 2));
                plan(category.getId(), FundKind.STUDY, "10000", "50000", 3, 0,
                        "004 §三(一)：选派研修的人选给予一定金额的研修资助经费", office, row(0, ReleaseCondition.NONE, null));
            }
            programs.programByCode("QR").ifPresent(qr -> qr.getCategories().forEach(category -> {
                plan(category.getId(), FundKind.ONE_TIME_GRANT, "500000", "500000", 3, 0,
                        "002 第二十七条：入选专家正式履行工作合同后一次性发放，用人单位不得截留挪用", office,
                        row(0, ReleaseCondition.CONTRACT_TAKEN_UP, null));
                plan(category.getId(), FundKind.RESEARCH, "1000000", "3000000", 3, 2,
                        "002 第二十八条：一次性核定，分3年拨付，不按年度考核；确有需要且有工作合同的，可延长2年", office,
                        row(0, ReleaseCondition.NONE, null), row(12, ReleaseCondition.NONE, null),
                        row(24, ReleaseCondition.NONE, null));
            }));

            person("applicant26", FundKind.PROJECT, "150000", 1, false, office);
            person("applicant28", FundKind.PROJECT, "200000", 2, true, office);
            person("applicant28", FundKind.STUDY, "30000", 1, false, office);
            person("applicant29", FundKind.PROJECT, "180000", 3, false, office);
            person("applicant30", FundKind.PROJECT, "100000", 1, false, office);
            person("applicant31", FundKind.PROJECT, "80000", 1, false, office);
            records.recordsOf(userId("applicant30")).forEach(record ->
                    tranches.cancelOpen(record.getId(), TalentStatus.REVOKED, Tranches.FUNDING));
        });
        log.info("Loaded the demo's funding: support plans of the demo categories, amounts and tranches of the "
                + "people after selection");
    }

    private void plan(long categoryId, FundKind kind, String min, String max, int years, int extension, String basis,
            Actor office, PlanRow... rows) {
        PlanForm form = new PlanForm();
        form.setCategoryId(categoryId);
        form.setKind(kind);
        form.setMinAmount(new BigDecimal(min));
        form.setMaxAmount(new BigDecimal(max));
        form.setPeriodYears(years);
        form.setExtensionYears(extension);
        form.setExtensionNeedsContract(true);
        form.setBasis(basis);
        form.setRows(new java.util.ArrayList<>(List.of(rows)));
        plans.create(form, office);
    }

    private static PlanRow row(int months, ReleaseCondition condition, Integer reportYear) {
        PlanRow row = new PlanRow();
        row.setMonthsAfterStart(months);
        row.setCondition(condition);
        row.setReportYear(reportYear);
        return row;
    }

    /**
     * The person's amount of a kind of fund, set when their record started; the first {@code paid} tranches
     * released and paid some weeks after falling due, and the next one released too if {@code releaseNext}.
     */
    private void person(String username, FundKind kind, String amount, int paid, boolean releaseNext, Actor office) {
        TalentRecord record = records.recordsOf(userId(username)).get(0);
        SupportPlan plan = plans.ofCategory(record.getCategoryId()).stream().filter(p -> p.getKind() == kind)
                .findFirst().orElseThrow();
        FundingGrant grant = grants.setAmount(record.getId(), plan.getId(), new BigDecimal(amount), office, true);
        LocalDate today = LocalDate.now(clock);
        List<FundingTranche> rows = trancheRows.findByGrantIdOrderBySeqAsc(grant.getId());
        for (int i = 0; i < rows.size() && i < paid + (releaseNext ? 1 : 0); i++) {
            FundingTranche tranche = rows.get(i);
            tranches.release(tranche.getId(), office, true);
            if (i < paid) {
                LocalDate paidOn = tranche.getDueOn().plusDays(21 + 3L * i);
                tranches.pay(tranche.getId(), paidOn.isAfter(today) ? today : paidOn, tranche.getAmount(),
                        voucher(paidOn.isAfter(today) ? today : paidOn), office);
            }
        }
    }

    private String voucher(LocalDate paidOn) {
        return "赣财社拨〔" + paidOn.getYear() + "〕" + vouchers.incrementAndGet() + "号";
    }

    private long userId(String username) {
        return accounts.findByUsername(username).orElseThrow().getId();
    }
}
