package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 资助方案 as data: the office creates and edits each category's plans — kind, range or fixed amount,
 * period, tranches with their schedule and release condition, extension rule, basis — validated field
 * by field and audited with what the plan says after the change. Amounts already set keep the plan as it
 * read then.
 */
@Service
public class SupportPlans {

    /** The largest amount a plan may allow: 1亿元, far above any seed's figure (a typing error otherwise). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    static final int MAX_TRANCHES = 12;

    static final int MAX_EXTENSION_YEARS = 5;

    static final int BASIS_MAX = 200;

    private final SupportPlanRepository plans;
    private final Programs programs;
    private final AuditTrail audit;
    private final Clock clock;

    SupportPlans(SupportPlanRepository plans, Programs programs, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every plan, by category, then in the order of the kinds. */
    @Transactional(readOnly = true)
    public List<SupportPlan> all() {
        List<SupportPlan> all = new ArrayList<>(plans.findAllWithTranches());
        all.sort(Comparator.comparingLong(SupportPlan::getCategoryId).thenComparing(SupportPlan::getKind));
        return all;
    }

    /** A category's plans, in the order of the kinds. */
    @Transactional(readOnly = true)
    public List<SupportPlan> ofCategory(long categoryId) {
        List<SupportPlan> found = new ArrayList<>(plans.findByCategoryWithTranches(categoryId));
        found.sort(Comparator.comparing(SupportPlan::getKind));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<SupportPlan> find(long id) {
        return plans.findWithTranches(id);
    }

    /** The editor of a plan, as it reads now. */
    @Transactional(readOnly = true)
    public PlanForm formOf(long id) {
        return PlanForm.of(find(id).orElseThrow(() -> new NotFound("support plan " + id)));
    }

    /** A new plan of a category and kind; one plan per kind of fund and category. */
    @Transactional
    public SupportPlan create(PlanForm form, Actor office) {
        requireOffice(office);
        List<Refusal.Problem> problems = new ArrayList<>();
        ProgramCategory category = form.getCategoryId() == null ? null
                : programs.category(form.getCategoryId()).orElse(null);
        if (category == null) {
            problems.add(new Refusal.Problem("categoryId", "funding.plan.categoryRequired", null));
        }
        if (form.getKind() == null) {
            problems.add(new Refusal.Problem("kind", "funding.plan.kindRequired", null));
        }
        if (category != null && form.getKind() != null
                && plans.existsByCategoryIdAndKind(category.getId(), form.getKind())) {
            problems.add(new Refusal.Problem("kind", "funding.plan.exists", new Object[] {form.getKind()}));
        }
        List<PlannedTranche> tranches = check(form, category, problems);
        SupportPlan plan = new SupportPlan(category.getId(), form.getKind());
        edit(plan, form, tranches, office);
        plan = plans.saveAndFlush(plan);
        audit.record(entry(plan, category, "CREATE_SUPPORT_PLAN", office));
        return plan;
    }

    /** The office's edit of a plan opened at {@code form.version}; refused if someone changed it meanwhile. */
    @Transactional
    public void update(long id, PlanForm form, Actor office) {
        requireOffice(office);
        SupportPlan plan = find(id).orElseThrow(() -> new NotFound("support plan " + id));
        if (form.getVersion() != null && form.getVersion() != plan.getVersion()) {
            throw new Refusal("funding.plan.changed");
        }
        ProgramCategory category = programs.category(plan.getCategoryId()).orElseThrow();
        List<Refusal.Problem> problems = new ArrayList<>();
        List<PlannedTranche> tranches = check(form, category, problems);
        edit(plan, form, tranches, office);
        audit.record(entry(plan, category, "UPDATE_SUPPORT_PLAN", office));
    }

    private void edit(SupportPlan plan, PlanForm form, List<PlannedTranche> tranches, Actor office) {
        plan.edit(form.getMinAmount().setScale(2), form.getMaxAmount().setScale(2), form.getPeriodYears(),
                form.getExtensionYears() == null ? 0 : form.getExtensionYears(),
                form.isExtensionNeedsContract(), StringUtils.hasText(form.getBasis()) ? form.getBasis().strip() : null,
                tranches, office.username(), clock.instant());
    }

    /**
     * Checks everything the editor typed, every problem on its field, and throws them together; returns
     * the tranches of the rows that are not blank, numbered from 1.
     */
    private List<PlannedTranche> check(PlanForm form, ProgramCategory category, List<Refusal.Problem> problems) {
        checkAmount("minAmount", form.getMinAmount(), problems);
        checkAmount("maxAmount", form.getMaxAmount(), problems);
        if (form.getMinAmount() != null && form.getMaxAmount() != null
                && form.getMinAmount().compareTo(form.getMaxAmount()) > 0) {
            problems.add(new Refusal.Problem("maxAmount", "funding.plan.maxBelowMin", null));
        }
        Integer years = form.getPeriodYears();
        if (years == null || years < 1 || years > 10) {
            problems.add(new Refusal.Problem("periodYears", "funding.plan.periodYears", new Object[] {1, 10}));
            years = null;
        }
        Integer extension = form.getExtensionYears();
        if (extension != null && (extension < 0 || extension > MAX_EXTENSION_YEARS)) {
            problems.add(new Refusal.Problem("extensionYears", "funding.plan.extensionYears",
                    new Object[] {0, MAX_EXTENSION_YEARS}));
        }
        if (form.getBasis() != null && form.getBasis().strip().length() > BASIS_MAX) {
            problems.add(new Refusal.Problem("basis", "input.tooLong", new Object[] {BASIS_MAX}));
        }
        int cycleYears = category == null ? 10 : category.getSupportYears();
        List<PlannedTranche> tranches = new ArrayList<>();
        int previousMonth = -1;
        List<PlanRow> rows = form.getRows() == null ? List.of() : form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            PlanRow row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            String at = "rows[" + i + "].";
            int seq = tranches.size() + 1;
            Integer month = row.getMonthsAfterStart();
            if (month == null || month < 0 || years != null && month >= years * 12 || month > 120) {
                problems.add(new Refusal.Problem(at + "monthsAfterStart", "funding.plan.row.month",
                        new Object[] {seq, years == null ? 120 : years * 12 - 1}));
            } else if (month <= previousMonth) {
                problems.add(new Refusal.Problem(at + "monthsAfterStart", "funding.plan.row.order",
                        new Object[] {seq}));
            }
            if (row.getCondition() == null) {
                problems.add(new Refusal.Problem(at + "condition", "funding.plan.row.condition", new Object[] {seq}));
            } else if (row.getCondition() == ReleaseCondition.YEARLY_REPORT_FILED) {
                Integer reportYear = row.getReportYear();
                if (reportYear == null || reportYear < 1 || reportYear > cycleYears) {
                    problems.add(new Refusal.Problem(at + "reportYear", "funding.plan.row.reportYear",
                            new Object[] {seq, cycleYears}));
                } else if (month != null && month < reportYear * 12) {
                    // the report of year N is filed after the Nth anniversary: a tranche cannot fall due before it
                    problems.add(new Refusal.Problem(at + "monthsAfterStart", "funding.plan.row.beforeReport",
                            new Object[] {seq, reportYear, reportYear * 12}));
                }
            } else if (row.getReportYear() != null) {
                problems.add(new Refusal.Problem(at + "reportYear", "funding.plan.row.reportYearUnused",
                        new Object[] {seq}));
            }
            if (month != null) {
                previousMonth = Math.max(previousMonth, month);
            }
            tranches.add(new PlannedTranche(seq, month == null ? 0 : month, row.getCondition(), row.getReportYear()));
        }
        if (tranches.isEmpty()) {
            problems.add(new Refusal.Problem("rows", "funding.plan.noTranche", null));
        }
        if (tranches.size() > MAX_TRANCHES) {
            problems.add(new Refusal.Problem("rows", "funding.plan.tooManyTranches", new Object[] {MAX_TRANCHES}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return tranches;
    }

    private static void checkAmount(String field, BigDecimal amount, List<Refusal.Problem> problems) {
        if (amount == null) {
            problems.add(new Refusal.Problem(field, "funding.amount.required", null));
        } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new Refusal.Problem(field, "funding.amount.range", new Object[] {MAX_AMOUNT.toPlainString()}));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new Refusal.Problem(field, "funding.amount.fen", null));
        }
    }

    /** The plan as it reads after the change: kind, range, tranches and their months, period, extension. */
    private static AuditEntry entry(SupportPlan plan, ProgramCategory category, String action, Actor office) {
        List<String> months = plan.getTranches().stream().map(t -> String.valueOf(t.getMonthsAfterStart())).toList();
        List<String> conditions = plan.getTranches().stream().map(t -> t.getCondition().messageKey()).toList();
        return new AuditEntry(office, "FUNDING_PLAN", plan.getId(), category.getName(), action, null, null,
                plan.getBasis()).withNote("audit.note.supportPlan", AuditEntry.labels(plan.getKind().messageKey()),
                        plan.getMinAmount().toPlainString(), plan.getMaxAmount().toPlainString(),
                        plan.getTranches().size(), String.join("/", months), AuditEntry.labels(conditions),
                        plan.getPeriodYears(), plan.getExtensionYears());
    }

    private static void requireOffice(Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.OFFICE)) {
            throw new Refusal("funding.refused.role");
        }
    }
}
