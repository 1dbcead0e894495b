package cn.gov.talent.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import cn.gov.talent.shared.Refusal.Problem;

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

    /**
     * Every batch not yet published or closed (drafts included), with its program and timetable: one query. The
     * home page's dashboard follows these.
     */
    public List<OpenBatch> openBatches() {
        return batches.findInStagesWithProgram(EnumSet.range(BatchStage.DRAFT, BatchStage.NOTICE)).stream()
                .map(OpenBatch::of).toList();
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

    /**
     * Sets a batch's rubric and total places directly (the demo loader and tests); the program's yearly
     * maximum holds here too.
     */
    @Transactional
    public void setReview(long batchId, List<RubricCriterion> criteria, Integer totalPlaces) {
        Batch batch = batches.findById(batchId).orElseThrow();
        List<Problem> errors = new ArrayList<>();
        checkPlaces(batch.getProgram(), totalPlaces, errors);
        if (!errors.isEmpty()) {
            throw new Refusal(errors);
        }
        batch.setReview(criteria, totalPlaces);
    }

    /** 公示期: how many working days the batch's public notice runs. */
    public int noticeWorkingDays(long batchId) {
        return batches.findById(batchId).orElseThrow().getNoticeWorkingDays();
    }

    /**
     * Refuses a public notice shorter than the rules allow (002 art. 23, 004 §二(三)5): the batch's notice
     * length against the longest minimum of its program and categories now. The batch form keeps to it;
     * this holds it where the notice starts, whatever happened since (a limit set later, a stage set by hand).
     */
    public void requireNoticeMinimum(long batchId) {
        Batch batch = batches.findById(batchId).orElseThrow(() -> new NotFound("batch " + batchId));
        noticeMinimum(batch.getProgram()).filter(minimum -> batch.getNoticeWorkingDays() < minimum.value())
                .ifPresent(minimum -> {
                    throw new Refusal("notice.belowMinimum", batch.getNoticeWorkingDays(), minimum.value(),
                            minimum.owner(), minimum.basis());
                });
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

    /**
     * A batch from its window alone (the demo loader and tests): the timetable's order and the reference
     * date hold, as on the form, without its warnings; the notice runs the program's minimum if that is
     * longer than the usual 5 working days.
     */
    @Transactional
    public BatchSummary createBatch(long programId, int year, String title, BatchStage stage, LocalDate opens,
            LocalDate closes, LocalDate referenceDate) {
        Program program = programs.findById(programId).orElseThrow();
        var form = new BatchForm();
        form.setApplicationOpens(opens);
        form.setApplicationCloses(closes);
        form.setReferenceDate(referenceDate);
        List<Problem> errors = new ArrayList<>();
        BatchTimetable.check(year, form, null, today(), errors, new ArrayList<>());
        if (!errors.isEmpty()) {
            throw new Refusal(errors);
        }
        var batch = new Batch(program, year, title, stage, opens, closes, clock.instant());
        batch.setReferenceDate(referenceDate);
        noticeMinimum(program).filter(minimum -> minimum.value() > batch.getNoticeWorkingDays())
                .ifPresent(minimum -> batch.setNoticeWorkingDays(minimum.value()));
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

    /** A new batch's form: next year, and a notice as long as the program's minimum if that is longer. */
    public BatchForm newBatchForm(long programId) {
        var form = new BatchForm();
        form.setYear(today().getYear() + 1);
        noticeMinimum(programId).filter(minimum -> minimum.value() > form.getNoticeWorkingDays())
                .ifPresent(minimum -> form.setNoticeWorkingDays(minimum.value()));
        return form;
    }

    /**
     * The longest public notice minimum the rules set on the program or one of its categories (002 art. 23:
     * 创业 and 青年, 7 working days; 004 §二(三)5: 双高, at least 5), with whose it is and its basis.
     */
    Optional<ProgramLimit> noticeMinimum(long programId) {
        return programs.findById(programId).flatMap(Programs::noticeMinimum);
    }

    static Optional<ProgramLimit> noticeMinimum(Program program) {
        ProgramLimit longest = program.getMinNoticeWorkingDays() == null ? null
                : new ProgramLimit(program.getMinNoticeWorkingDays(), program.getName(), program.getMinNoticeBasis());
        for (ProgramCategory category : program.getCategories()) {
            Integer days = category.getMinNoticeWorkingDays();
            if (days != null && (longest == null || days > longest.value())) {
                longest = new ProgramLimit(days, category.getName(), category.getMinNoticeBasis());
            }
        }
        return Optional.ofNullable(longest);
    }

    /** The most people the program selects in a year (004 §二(一): 双高, 100), with its basis. */
    Optional<ProgramLimit> placesPerYear(long programId) {
        return programs.findById(programId).flatMap(Programs::placesPerYear);
    }

    static Optional<ProgramLimit> placesPerYear(Program program) {
        return Optional.ofNullable(program.getMaxPlacesPerYear())
                .map(places -> new ProgramLimit(places, program.getName(), program.getMaxPlacesBasis()));
    }

    /**
     * The batch form checked without saving: what must be corrected and what must be confirmed
     * ({@code batchId} null for a new batch of the program).
     */
    BatchCheck checkBatch(long programId, Long batchId, BatchForm form) {
        Batch before = batchId == null ? null : batches.findById(batchId).orElseThrow(NotFound::new);
        Program program = before != null ? before.getProgram() : programs.findById(programId).orElseThrow(NotFound::new);
        return check(program, before, form);
    }

    /**
     * The hard limits (the timetable's order, a reference date near the batch's year, one batch a year, the
     * notice minimum, the yearly maximum) and the warnings about the dates. Once a batch has reached its
     * notice stage, its notice length and places are checked only if they change: what was published stays
     * (where a notice starts, {@link #requireNoticeMinimum} holds the minimum whatever the stage).
     */
    private BatchCheck check(Program program, Batch before, BatchForm form) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Integer year = before != null ? Integer.valueOf(before.getYear()) : form.getYear();
        if (before == null && year != null && batches.findByProgramIdAndYear(program.getId(), year).isPresent()) {
            errors.add(new Problem("year", "batch.year.taken", null));
        }
        BatchTimetable.check(year, form, before, today(), errors, warnings);
        boolean settled = before != null && before.getStage().ordinal() >= BatchStage.NOTICE.ordinal();
        if (!settled || form.getNoticeWorkingDays() != before.getNoticeWorkingDays()) {
            noticeMinimum(program).filter(minimum -> form.getNoticeWorkingDays() < minimum.value())
                    .ifPresent(minimum -> errors.add(new Problem("noticeWorkingDays", "batch.notice.belowMinimum",
                            new Object[] {minimum.value(), minimum.owner(), minimum.basis()})));
        }
        if (!settled || !Objects.equals(form.getTotalPlaces(), before.getTotalPlaces())) {
            checkPlaces(program, form.getTotalPlaces(), errors);
        }
        return new BatchCheck(errors, warnings);
    }

    /**
     * 004 §二(一): 每年选拔一次，每次选拔不超过100名. One batch a year is the table's rule for every program
     * (unique program and year), so the year's places are the batch's own.
     */
    private static void checkPlaces(Program program, Integer totalPlaces, List<Problem> errors) {
        placesPerYear(program).filter(maximum -> totalPlaces != null && totalPlaces > maximum.value())
                .ifPresent(maximum -> errors.add(new Problem("totalPlaces", "batch.totalPlaces.aboveMaximum",
                        new Object[] {maximum.value(), maximum.owner(), maximum.basis()})));
    }

    /**
     * Creates a batch from the office's form: refused while anything must be corrected, or while a warning
     * about the dates is not confirmed; the warnings confirmed are noted in the audit line.
     */
    @Transactional
    public BatchSummary createBatch(long programId, BatchForm form, Actor actor) {
        Program program = programs.lockById(programId).orElseThrow();
        BatchCheck check = check(program, null, form);
        check.refuseUnconfirmed(form);
        var batch = new Batch(program, form.getYear(), form.getTitle().trim(), form.getStage(),
                form.getApplicationOpens(), form.getApplicationCloses(), clock.instant());
        batch.apply(form);
        batches.save(batch);
        audit.record(check.noted(AuditEntry.of(actor, "BATCH", batch.getId(), batch.getTitle(), "CREATE_BATCH"),
                batch.getYear(), today()));
        return BatchSummary.of(batch);
    }

    /** Saves the office's changes to a batch, checked as on creation (warnings for changed dates only). */
    @Transactional
    public void updateBatch(long batchId, BatchForm form, Actor actor) {
        Batch batch = batches.findById(batchId).orElseThrow();
        programs.lockById(batch.getProgram().getId());
        BatchCheck check = check(batch.getProgram(), batch, form);
        check.refuseUnconfirmed(form);
        String before = batch.getStage().name();
        batch.apply(form);
        audit.record(check.noted(new AuditEntry(actor, "BATCH", batch.getId(), batch.getTitle(), "UPDATE_BATCH",
                before, batch.getStage().name(), null), batch.getYear(), today()));
    }

    public ProgramLimitsForm limitsForm(long programId) {
        return ProgramLimitsForm.of(programs.findById(programId).orElseThrow(NotFound::new));
    }

    /**
     * Sets what the rules fix on every batch of the program: the notice minimum of the program and of
     * each category, and the yearly maximum, each with the rule it comes from (required with a number).
     * Refused, naming the batch, while a batch not yet in its notice would break a new limit: every batch
     * still in preparation keeps to the rules, so its notice and places are checked once, on its form.
     * Each change is audited.
     */
    @Transactional
    void updateLimits(long programId, ProgramLimitsForm form, Actor actor) {
        Program program = programs.lockById(programId).orElseThrow(NotFound::new);
        Map<Long, ProgramCategory> categories = new LinkedHashMap<>();
        program.getCategories().forEach(category -> categories.put(category.getId(), category));
        List<Batch> preparing = batches.findByProgramIdOrderByYear(programId).stream()
                .filter(batch -> batch.getStage().ordinal() < BatchStage.NOTICE.ordinal()).toList();
        List<Problem> problems = new ArrayList<>();
        String noticeBasis = basis(form.getMinNoticeWorkingDays(), form.getMinNoticeBasis(), "minNoticeBasis",
                problems);
        longerThanPreparing(preparing, form.getMinNoticeWorkingDays(), "minNoticeWorkingDays", problems);
        String placesBasis = basis(form.getMaxPlacesPerYear(), form.getMaxPlacesBasis(), "maxPlacesBasis", problems);
        if (form.getMaxPlacesPerYear() != null) {
            preparing.stream().filter(batch -> batch.getTotalPlaces() != null
                    && batch.getTotalPlaces() > form.getMaxPlacesPerYear()).findFirst()
                    .ifPresent(batch -> problems.add(new Problem("maxPlacesPerYear", "program.limits.batchPlaces",
                            new Object[] {batch.getTitle(), batch.getTotalPlaces(), form.getMaxPlacesPerYear()})));
        }
        List<String> categoryBases = new ArrayList<>();
        for (int i = 0; i < form.getCategories().size(); i++) {
            ProgramLimitsForm.CategoryLimit row = form.getCategories().get(i);
            if (row.getId() == null || !categories.containsKey(row.getId())) {
                throw new NotFound("category " + row.getId() + " of program " + programId);
            }
            String field = "categories[" + i + "].";
            categoryBases.add(basis(row.getMinNoticeWorkingDays(), row.getMinNoticeBasis(), field + "minNoticeBasis",
                    problems));
            longerThanPreparing(preparing, row.getMinNoticeWorkingDays(), field + "minNoticeWorkingDays", problems);
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        if (!Objects.equals(program.getMinNoticeWorkingDays(), form.getMinNoticeWorkingDays())
                || !Objects.equals(program.getMinNoticeBasis(), noticeBasis)) {
            program.setNoticeMinimum(form.getMinNoticeWorkingDays(), noticeBasis);
            audit.record(noticeNote(new AuditEntry(actor, "PROGRAM", program.getId(), program.getName(),
                    "SET_NOTICE_MINIMUM", null, null, null), form.getMinNoticeWorkingDays(), noticeBasis));
        }
        if (!Objects.equals(program.getMaxPlacesPerYear(), form.getMaxPlacesPerYear())
                || !Objects.equals(program.getMaxPlacesBasis(), placesBasis)) {
            program.setPlacesPerYear(form.getMaxPlacesPerYear(), placesBasis);
            AuditEntry entry = new AuditEntry(actor, "PROGRAM", program.getId(), program.getName(),
                    "SET_PLACES_PER_YEAR", null, null, null);
            audit.record(form.getMaxPlacesPerYear() == null ? entry.withNote("audit.note.placesPerYear.none")
                    : entry.withNote("audit.note.placesPerYear", form.getMaxPlacesPerYear(), placesBasis));
        }
        for (int i = 0; i < form.getCategories().size(); i++) {
            ProgramLimitsForm.CategoryLimit row = form.getCategories().get(i);
            ProgramCategory category = categories.get(row.getId());
            String basis = categoryBases.get(i);
            if (!Objects.equals(category.getMinNoticeWorkingDays(), row.getMinNoticeWorkingDays())
                    || !Objects.equals(category.getMinNoticeBasis(), basis)) {
                category.setNoticeMinimum(row.getMinNoticeWorkingDays(), basis);
                audit.record(noticeNote(new AuditEntry(actor, "CATEGORY", category.getId(), category.getName(),
                        "SET_NOTICE_MINIMUM", null, null, null), row.getMinNoticeWorkingDays(), basis));
            }
        }
    }

    /** The basis of a limit as typed, trimmed; required with a number, dropped without one. */
    private static String basis(Integer limit, String typed, String field, List<Problem> problems) {
        String basis = typed == null || typed.isBlank() ? null : typed.trim();
        if (limit != null && basis == null) {
            problems.add(new Problem(field, "program.limits.basis.required", null));
        }
        return limit == null ? null : basis;
    }

    /** A notice minimum longer than the notice of a batch still in preparation: that batch is named. */
    private static void longerThanPreparing(List<Batch> preparing, Integer minimum, String field,
            List<Problem> problems) {
        if (minimum != null) {
            preparing.stream().filter(batch -> batch.getNoticeWorkingDays() < minimum).findFirst()
                    .ifPresent(batch -> problems.add(new Problem(field, "program.limits.batchNotice",
                            new Object[] {batch.getTitle(), batch.getNoticeWorkingDays(), minimum})));
        }
    }

    private static AuditEntry noticeNote(AuditEntry entry, Integer days, String basis) {
        return days == null ? entry.withNote("audit.note.noticeMinimum.none")
                : entry.withNote("audit.note.noticeMinimum", days, basis);
    }

    /**
     * Sets a notice minimum directly, the program's or (with a category code) a category's, and the rule
     * it comes from (the demo loader, from the seeds).
     */
    @Transactional
    public void setNoticeMinimum(String programCode, String categoryCode, int days, String basis) {
        Program program = programs.findByCode(programCode).orElseThrow();
        if (categoryCode == null) {
            program.setNoticeMinimum(days, basis);
        } else {
            program.getCategories().stream().filter(category -> category.getCode().equals(categoryCode)).findFirst()
                    .orElseThrow().setNoticeMinimum(days, basis);
        }
    }

    /** Sets a program's yearly maximum directly, with the rule it comes from (the demo loader, from the seeds). */
    @Transactional
    public void setPlacesPerYear(String programCode, int places, String basis) {
        programs.findByCode(programCode).orElseThrow().setPlacesPerYear(places, basis);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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

    /** Whether 002 art. 32's regional rule binds this program's people in their first term (false if unknown). */
    @Transactional(readOnly = true)
    public boolean regionalTransferRule(long programId) {
        return programs.findById(programId).map(Program::isRegionalTransferRule).orElse(false);
    }

    /**
     * Says whether 002 art. 32's regional rule binds the program's people in their first term (千人计划 yes;
     * the national 百千万, whose moves HR departments are asked to speed (000), no). Audited.
     */
    @Transactional
    public void setRegionalTransferRule(long programId, boolean applies, Actor actor) {
        Program program = programs.findById(programId).orElseThrow(() -> new NotFound("program " + programId));
        if (program.isRegionalTransferRule() == applies) {
            return;
        }
        program.setRegionalTransferRule(applies);
        audit.record(new AuditEntry(actor, "PROGRAM", program.getId(), program.getName(), "SET_TRANSFER_RULE", null,
                null, null).withNote(applies ? "audit.note.transferRule.on" : "audit.note.transferRule.off"));
    }

    /** Sets the regional rule directly (the demo loader). */
    @Transactional
    public void setRegionalTransferRule(String programCode, boolean applies) {
        programs.findByCode(programCode).orElseThrow().setRegionalTransferRule(applies);
    }

    /**
     * Marks a category short-term or long-term (002 art. 33; null: neither) and as a 新疆西藏项目 or not (002
     * art. 11, 32). Audited with what it is now.
     */
    @Transactional
    public void setMobility(long categoryId, TermKind termKind, boolean xinjiangTibet, Actor actor) {
        ProgramCategory category = category(categoryId).orElseThrow(() -> new NotFound("category " + categoryId));
        if (category.getTermKind() == termKind && category.isXinjiangTibet() == xinjiangTibet) {
            return;
        }
        category.setMobility(termKind, xinjiangTibet);
        audit.record(new AuditEntry(actor, "CATEGORY", categoryId, category.getName(), "SET_CATEGORY_MOBILITY", null,
                null, null).withNote("audit.note.categoryMobility",
                        AuditEntry.labels(termKind == null ? "category.termKind.none" : termKind.messageKey()),
                        AuditEntry.labels(xinjiangTibet ? "category.xinjiangTibet.yes" : "category.xinjiangTibet.no")));
    }

    /**
     * Marks a category as selecting professional and technical or highly skilled people (004 §二(一); null:
     * neither), which the statistics count apart. Audited with what it is now.
     */
    @Transactional
    public void setTalentKind(long categoryId, TalentKind kind, Actor actor) {
        ProgramCategory category = category(categoryId).orElseThrow(() -> new NotFound("category " + categoryId));
        if (category.getTalentKind() == kind) {
            return;
        }
        category.setTalentKind(kind);
        audit.record(new AuditEntry(actor, "CATEGORY", categoryId, category.getName(), "SET_CATEGORY_TALENT_KIND",
                null, null, null).withNote("audit.note.categoryTalentKind",
                        AuditEntry.labels(kind == null ? "category.talentKind.none" : kind.messageKey())));
    }

    /** Marks a category directly (the demo loader). */
    @Transactional
    public void setTalentKind(String programCode, String categoryCode, TalentKind kind) {
        programs.findByCode(programCode).orElseThrow().getCategories().stream()
                .filter(category -> category.getCode().equals(categoryCode)).findFirst().orElseThrow()
                .setTalentKind(kind);
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
        String before = written(category.getRules());
        category.getRules().clear();
        form.getRows().stream().filter(row -> !row.isBlank()).map(RuleRow::toRule).forEach(category::addRule);
        // the rules' kinds, named in the reader's language; the reason keeps every row as the editor writes it,
        // before and after, with what an exception may relax (a legal decision of the category's text)
        List<String> kinds = category.getRules().stream().map(rule -> "rule.kind." + rule.getKind().name()).toList();
        String change = "before: " + before + " | after: " + written(category.getRules());
        audit.record(new AuditEntry(actor, "CATEGORY", category.getId(), category.getName(), "UPDATE_RULES", null,
                null, change.length() > 2000 ? change.substring(0, 1999) + "…" : change)
                .withNote(kinds.isEmpty() ? "audit.note.rules.none" : "audit.note.rules",
                        category.getRules().size(), AuditEntry.labels(kinds)));
    }

    /** The rules as the editor writes them, e.g. MAX_AGE 45 (relaxable); MIN_QUALIFICATION TITLE:DEPUTY_SENIOR. */
    private static String written(List<EligibilityRule> rules) {
        if (rules.isEmpty()) {
            return "-";
        }
        return String.join("; ", rules.stream().map(rule -> rule.getKind().name()
                + (rule.getIntValue() == null ? "" : " " + rule.getIntValue())
                + (rule.getListValue() == null ? "" : " " + rule.getListValue())
                + (rule.isRelaxable() ? " (relaxable)" : "")).toList());
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
