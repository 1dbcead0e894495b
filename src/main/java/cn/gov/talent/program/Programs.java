package cn.gov.talent.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.eligibility.ApplicantFacts;
import cn.gov.talent.program.eligibility.EligibilityCheck;
import cn.gov.talent.program.eligibility.EligibilityReport;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;

/** Programs, categories and batches: the public face of the program module. */
@Service
@Transactional(readOnly = true)
public class Programs {

    private final ProgramRepository programs;
    private final BatchRepository batches;
    private final EligibilityRuleRepository rules;
    private final DisciplineRepository disciplines;
    private final AuditTrail audit;
    private final Clock clock;

    Programs(ProgramRepository programs, BatchRepository batches, EligibilityRuleRepository rules,
            DisciplineRepository disciplines, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.programs = programs;
        this.batches = batches;
        this.rules = rules;
        this.disciplines = disciplines;
    }

    /** The 62 first-level disciplines of GB/T 13745-2009, in the standard's order. */
    public List<Discipline> disciplines() {
        return disciplines.findAllByOrderBySortOrder();
    }

    public List<Discipline> disciplines(Collection<String> codes) {
        return disciplines.findAllById(codes);
    }

    /** A category's rules, in order. */
    public List<EligibilityRule> rulesOf(long categoryId) {
        return rulesByCategory().getOrDefault(categoryId, List.of());
    }

    /** Every category's rules, by category id, in order: one query. */
    public Map<Long, List<EligibilityRule>> rulesByCategory() {
        return rules.findAllByOrderByCategoryIdAscSortOrderAsc().stream()
                .collect(Collectors.groupingBy(EligibilityRule::getCategoryId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    public List<Program> programsWithCategories() {
        return programs.findAllWithCategories();
    }

    public List<BatchSummary> batches() {
        return batches.findAllWithProgram().stream().map(BatchSummary::of).toList();
    }

    /** Every batch by id: small enough to read whole, so that lists can label rows without joins. */
    public Map<Long, BatchSummary> batchesById() {
        return batches().stream().collect(Collectors.toMap(BatchSummary::id, Function.identity()));
    }

    /** Every category name by id. */
    public Map<Long, String> categoryNames() {
        return programs.findAllWithCategories().stream().flatMap(p -> p.getCategories().stream())
                .collect(Collectors.toMap(ProgramCategory::getId, ProgramCategory::getName));
    }

    /** The names of one program's categories by id, in the program's order (a batch's choice of category). */
    public Map<Long, String> categoryNamesOf(long programId) {
        Map<Long, String> names = new LinkedHashMap<>();
        programs.findAllWithCategories().stream().filter(program -> program.getId() == programId)
                .flatMap(program -> program.getCategories().stream())
                .forEach(category -> names.put(category.getId(), category.getName()));
        return names;
    }

    /**
     * The batch's stage follows the work (004 §二(三)): the list's publication moves it to PUBLISHED. Only
     * forward; audited when it moves.
     */
    @Transactional
    public void advanceStage(long batchId, BatchStage later, Actor actor) {
        Batch batch = batches.findById(batchId).orElseThrow(() -> new NotFound("batch " + batchId));
        BatchStage before = batch.getStage();
        if (batch.advanceTo(later)) {
            audit.record(new AuditEntry(actor, "BATCH", batchId, batch.getTitle(), "ADVANCE_STAGE", before.name(),
                    later.name(), null));
        }
    }

    public Optional<BatchSummary> batch(long id) {
        return batches.findById(id).map(BatchSummary::of);
    }

    /** The batch's rubric (评分指标), in order, as copies. */
    public List<RubricCriterion> rubric(long batchId) {
        return batches.findById(batchId).map(batch -> batch.getRubric().stream()
                .map(c -> new RubricCriterion(c.getName(), c.getMaxPoints(), c.getWeight())).toList())
                .orElse(List.of());
    }

    /** Sets a batch's rubric and total places directly (the demo loader and tests). */
    @Transactional
    public void setReview(long batchId, List<RubricCriterion> criteria, Integer totalPlaces) {
        batches.findById(batchId).orElseThrow().setReview(criteria, totalPlaces);
    }

    /** 公示期: how many working days the batch's public notice runs. */
    public int noticeWorkingDays(long batchId) {
        return batches.findById(batchId).orElseThrow().getNoticeWorkingDays();
    }

    /** 入选总数上限 of the batch, if the office set one. */
    public Optional<Integer> totalPlaces(long batchId) {
        return batches.findById(batchId).map(Batch::getTotalPlaces);
    }

    public Optional<Program> programByCode(String code) {
        return programs.findByCode(code);
    }

    @Transactional
    public Program createProgram(String code, String name, ProgramTier tier, String description,
            List<String[]> categories) {
        var program = new Program(code, name, tier, description, clock.instant());
        categories.forEach(category -> program.addCategory(category[0], category[1]));
        return programs.save(program);
    }

    @Transactional
    public BatchSummary createBatch(long programId, int year, String title, BatchStage stage, LocalDate opens,
            LocalDate closes, LocalDate referenceDate) {
        Program program = programs.findById(programId).orElseThrow();
        var batch = new Batch(program, year, title, stage, opens, closes, clock.instant());
        batch.setReferenceDate(referenceDate);
        return BatchSummary.of(batches.save(batch));
    }

    @Transactional
    public Program createProgram(ProgramForm form, Actor actor) {
        if (programs.findByCode(form.getCode()).isPresent()) {
            throw Refusal.onField("code", "program.code.taken");
        }
        var program = new Program(form.getCode(), form.getName().trim(), form.getTier(),
                form.getDescription() == null ? null : form.getDescription().trim(), clock.instant());
        program.addCategory(form.getCategoryCode(), form.getCategoryName().trim());
        programs.save(program);
        audit.record(AuditEntry.of(actor, "PROGRAM", program.getId(), program.getName(), "CREATE_PROGRAM"));
        return program;
    }

    /** Adds a category to a program; its conditions are then edited like any other category's. */
    @Transactional
    public void addCategory(long programId, String code, String name, Actor actor) {
        Program program = programs.findById(programId).orElseThrow();
        String normalized = code == null ? "" : code.trim().toUpperCase();
        if (!normalized.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw Refusal.onField("categoryCode", "category.code.pattern");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw Refusal.onField("categoryName", "category.name.required");
        }
        if (program.getCategories().stream().anyMatch(category -> category.getCode().equals(normalized))) {
            throw Refusal.onField("categoryCode", "category.code.taken");
        }
        program.addCategory(normalized, name.trim());
        audit.record(new AuditEntry(actor, "PROGRAM", program.getId(), program.getName(), "ADD_CATEGORY", null, null,
                null).withNote("audit.note.category", normalized, name.trim()));
    }

    public BatchForm batchForm(long batchId) {
        return BatchForm.of(batches.findById(batchId).orElseThrow());
    }

    @Transactional
    public BatchSummary createBatch(long programId, BatchForm form, Actor actor) {
        Program program = programs.findById(programId).orElseThrow();
        if (batches.findByProgramIdAndYear(programId, form.getYear()).isPresent()) {
            throw Refusal.onField("year", "batch.year.taken");
        }
        var batch = new Batch(program, form.getYear(), form.getTitle().trim(), form.getStage(),
                form.getApplicationOpens(), form.getApplicationCloses(), clock.instant());
        batch.apply(form);
        batches.save(batch);
        audit.record(AuditEntry.of(actor, "BATCH", batch.getId(), batch.getTitle(), "CREATE_BATCH"));
        return BatchSummary.of(batch);
    }

    @Transactional
    public void updateBatch(long batchId, BatchForm form, Actor actor) {
        Batch batch = batches.findById(batchId).orElseThrow();
        String before = batch.getStage().name();
        batch.apply(form);
        audit.record(new AuditEntry(actor, "BATCH", batch.getId(), batch.getTitle(), "UPDATE_BATCH", before,
                batch.getStage().name(), null));
    }

    public RulesForm rulesForm(long categoryId) {
        var form = new RulesForm();
        rulesOf(categoryId).forEach(rule -> form.getRows().add(RuleRow.of(rule)));
        return form;
    }

    /** The support cycle of a category's people, in years (3 when the category is unknown). */
    @Transactional(readOnly = true)
    public int supportYears(long categoryId) {
        return category(categoryId).map(ProgramCategory::getSupportYears).orElse(3);
    }

    /** Sets a category's support cycle (双高 3, 百千万 5, 千人计划 the first contract term). */
    @Transactional
    public void setSupportYears(long categoryId, int years, Actor actor) {
        if (years < 1 || years > 10) {
            throw Refusal.onField("supportYears", "category.supportYears.range", 1, 10);
        }
        ProgramCategory category = category(categoryId).orElseThrow(() -> new NotFound("category " + categoryId));
        category.setSupportYears(years);
        audit.record(new AuditEntry(actor, "CATEGORY", categoryId, category.getName(), "SET_SUPPORT_YEARS", null,
                null, null).withNote("audit.note.supportYears", years));
    }

    public Optional<ProgramCategory> category(long categoryId) {
        return programs.findAllWithCategories().stream().flatMap(p -> p.getCategories().stream())
                .filter(category -> category.getId() == categoryId).findFirst();
    }

    /** Replaces a category's rules with the editor's rows, in order; audited with the new rules. */
    @Transactional
    public void updateRules(long categoryId, RulesForm form, Actor actor) {
        ProgramCategory category = programs.findAll().stream().flatMap(p -> p.getCategories().stream())
                .filter(candidate -> candidate.getId() == categoryId).findFirst().orElseThrow();
        category.getRules().clear();
        form.getRows().stream().filter(row -> !row.isBlank()).map(RuleRow::toRule).forEach(category::addRule);
        // the rules' kinds, named in the reader's language; their parameters are on the category's page
        List<String> kinds = category.getRules().stream().map(rule -> "rule.kind." + rule.getKind().name()).toList();
        audit.record(new AuditEntry(actor, "CATEGORY", category.getId(), category.getName(), "UPDATE_RULES", null,
                null, null).withNote(kinds.isEmpty() ? "audit.note.rules.none" : "audit.note.rules",
                        category.getRules().size(), AuditEntry.labels(kinds)));
    }

    /** Replaces a category's rules with these, in this order. */
    @Transactional
    public void setRules(String programCode, String categoryCode, List<EligibilityRule> rules) {
        ProgramCategory category = programs.findByCode(programCode).orElseThrow().getCategories().stream()
                .filter(candidate -> candidate.getCode().equals(categoryCode)).findFirst().orElseThrow();
        category.getRules().clear();
        rules.forEach(category::addRule);
    }

    /** A category's rules checked against an applicant's facts at the batch's reference date. */
    public EligibilityReport check(long batchId, long categoryId, ApplicantFacts facts) {
        Batch batch = batches.findById(batchId).orElseThrow();
        ProgramCategory category = batch.getProgram().getCategories().stream()
                .filter(candidate -> candidate.getId() == categoryId).findFirst().orElseThrow();
        LocalDate referenceDate = batch.getReferenceDate() != null ? batch.getReferenceDate()
                : LocalDate.of(batch.getYear(), 12, 31);
        return EligibilityCheck.evaluate(category.getRules(), facts, referenceDate);
    }
}
