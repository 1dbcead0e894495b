package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.StoredFile;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.TalentCategoryChanged;
import cn.gov.talent.tracking.TalentFilter;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.tracking.TalentStatus;
import cn.gov.talent.tracking.YearlyReports;

/**
 * A person's funding: the amounts the office sets within each plan's range when the record starts (the
 * tranches are generated from the plan's schedule; an amount may be revised until a tranche is released),
 * the work contract on file (正式履行工作合同: its day and the document, checked like every upload), and
 * the extensions of a fund's period the employer asks for and the office decides (002 art. 28: by up to 2
 * years where a work contract exists). Every amount and decision is audited and told to the next actor.
 */
@Service
public class Grants {

    static final int REASON_MAX = 1000;

    private final FundingGrantRepository grants;
    private final FundingTrancheRepository trancheRows;
    private final WorkContractRepository contracts;
    private final FundingExtensionRepository extensions;
    private final SupportPlans plans;
    private final Tranches tranches;
    private final TalentRecords records;
    private final YearlyReports reports;
    private final Attachments files;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Grants(FundingGrantRepository grants, FundingTrancheRepository trancheRows, WorkContractRepository contracts,
            FundingExtensionRepository extensions, SupportPlans plans, Tranches tranches, TalentRecords records,
            YearlyReports reports, Attachments files, Accounts accounts, Notifications notifications,
            AuditTrail audit, Clock clock) {
        this.grants = grants;
        this.trancheRows = trancheRows;
        this.contracts = contracts;
        this.extensions = extensions;
        this.plans = plans;
        this.tranches = tranches;
        this.records = records;
        this.reports = reports;
        this.files = files;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Sums of a person's or a fund's tranches: granted, released and waiting, paid, cancelled, still to pay. */
    public record Totals(BigDecimal granted, BigDecimal released, BigDecimal paid, BigDecimal cancelled,
            BigDecimal outstanding) {

        static Totals of(List<FundingTranche> tranches) {
            BigDecimal granted = BigDecimal.ZERO.setScale(2);
            BigDecimal released = granted;
            BigDecimal paid = granted;
            BigDecimal cancelled = granted;
            BigDecimal outstanding = granted;
            for (FundingTranche tranche : tranches) {
                BigDecimal amount = tranche.getAmount();
                granted = granted.add(amount);
                switch (tranche.getStatus()) {
                    case RELEASED -> {
                        released = released.add(amount);
                        outstanding = outstanding.add(amount);
                    }
                    case SCHEDULED -> outstanding = outstanding.add(amount);
                    case PAID -> paid = paid.add(amount);
                    case CANCELLED -> cancelled = cancelled.add(amount);
                }
            }
            return new Totals(granted, released, paid, cancelled, outstanding);
        }
    }

    /** A tranche with what still keeps it from release (empty once released, paid or cancelled). */
    public record Due(FundingTranche tranche, List<ReleaseCheck.Open> open) {
    }

    /**
     * One fund of the person: its amount, its plan (null for a fund of a former category), its tranches, its
     * totals, an extension request open, and whether it belongs to a category the person was converted from
     * (002 art. 33: kept as history, its unpaid tranches cancelled).
     */
    public record Fund(FundingGrant grant, SupportPlan plan, List<Due> tranches, Totals totals,
            FundingExtension openExtension, boolean former) {
    }

    /**
     * Everything the person's funding page shows: the record, its funds, the plans of its category with no
     * amount yet, the contract on file, the extension requests, the totals over every fund.
     */
    public record PersonFunding(TalentRecord record, List<Fund> funds, List<SupportPlan> plansWithoutAmount,
            WorkContract contract, List<FundingExtension> extensions, Totals totals, Map<FundKind, BigDecimal> carried) {
    }

    /** The person's funding, within the reader's scope (404 outside it, as the record). */
    @Transactional(readOnly = true)
    public PersonFunding of(long recordId, DataScope scope) {
        TalentRecord record = records.visible(recordId, scope);
        List<FundingGrant> funds = grants.findByTalentRecordIdOrderByIdAsc(recordId);
        List<FundingTranche> all = tranches.ofRecord(recordId);
        List<SupportPlan> categoryPlans = plans.ofCategory(record.getCategoryId());
        Map<Long, SupportPlan> byId = categoryPlans.stream()
                .collect(Collectors.toMap(SupportPlan::getId, Function.identity()));
        ReleaseCheck.Facts facts = tranches.facts(record, reports.of(recordId));
        List<FundingExtension> asked = extensions.findByTalentRecordIdOrderByIdAsc(recordId);
        List<Fund> shown = new ArrayList<>();
        for (FundingGrant grant : funds) {
            List<FundingTranche> own = all.stream().filter(t -> t.getGrantId() == grant.getId()).toList();
            List<Due> due = own.stream().map(t -> new Due(t, t.getStatus() == TrancheStatus.SCHEDULED
                    ? ReleaseCheck.open(t.getDueOn(), t.getCondition(), t.getReportYear(), facts) : List.of()))
                    .toList();
            FundingExtension open = asked.stream().filter(e -> e.getGrantId() == grant.getId()
                    && e.getStatus() == ExtensionStatus.REQUESTED).findFirst().orElse(null);
            boolean former = grant.getCategoryId() != record.getCategoryId();
            shown.add(new Fund(grant, former ? null : byId.get(grant.getPlanId()), due, Totals.of(own), open, former));
        }
        List<SupportPlan> without = categoryPlans.stream().filter(plan -> funds.stream()
                .noneMatch(grant -> grant.getKind() == plan.getKind() && grant.getCategoryId() == plan.getCategoryId()))
                .toList();
        Map<FundKind, BigDecimal> carried = new java.util.EnumMap<>(FundKind.class);
        without.forEach(plan -> carried.put(plan.getKind(), carriedOver(funds, all, plan)));
        return new PersonFunding(record, shown, without, contracts.findById(recordId).orElse(null), asked,
                Totals.of(all), carried);
    }

    /** Active records in scope whose category has a plan and that have no amount yet (the office's list). */
    @Transactional(readOnly = true)
    public Page<TalentRecord> withoutAmount(DataScope scope, Pageable pageable) {
        TalentFilter active = new TalentFilter();
        active.setStatus(TalentStatus.ACTIVE);
        return records.search(scope, active, withoutAmount(), pageable);
    }

    /**
     * Records with no fund of their present category (none at all, or only a former category's after a
     * conversion), whose category has a support plan: one query with the page's.
     */
    static Specification<TalentRecord> withoutAmount() {
        return (root, query, cb) -> {
            Subquery<Long> grant = query.subquery(Long.class);
            Root<FundingGrant> g = grant.from(FundingGrant.class);
            grant.select(g.get("id")).where(cb.equal(g.get("talentRecordId"), root.get("id")),
                    cb.equal(g.get("categoryId"), root.get("categoryId")));
            Subquery<Long> plan = query.subquery(Long.class);
            Root<SupportPlan> p = plan.from(SupportPlan.class);
            plan.select(p.get("id")).where(cb.equal(p.get("categoryId"), root.get("categoryId")));
            return cb.and(cb.not(cb.exists(grant)), cb.exists(plan));
        };
    }

    /** The extension requests waiting for the office's decision, oldest first. */
    @Transactional(readOnly = true)
    public Page<FundingExtension> openExtensions(Pageable pageable) {
        return extensions.findByStatus(ExtensionStatus.REQUESTED,
                cn.gov.talent.shared.Paging.of(pageable, org.springframework.data.domain.Sort.by("requestedAt")
                        .and(org.springframework.data.domain.Sort.by("id"))));
    }

    /** The contract file on record, for those who may see the record; never the other way round. */
    @Transactional(readOnly = true)
    public StoredContract contractFile(long recordId, DataScope scope) {
        records.visible(recordId, scope);
        WorkContract contract = contracts.findById(recordId).orElseThrow(() -> new NotFound("contract " + recordId));
        return new StoredContract(files.contentOf(contract.getSha256()), contract.getFileName(),
                contract.getContentType());
    }

    /** A stored file to send. */
    public record StoredContract(Resource content, String fileName, String contentType) {
    }

    // ---- amounts ----------------------------------------------------------------------------------

    /**
     * The office sets a person's amount of a plan of their category, within the plan's range (or at its
     * fixed amount), while the record is active; the tranches follow the plan's schedule from the cycle's
     * start. An amount set before may be revised while none of its tranches is released; its tranches are
     * then scheduled again. After a conversion (002 art. 33) the new category's fund counts what was paid
     * under the former category's fund of the same kind: the amount may not be less, and only the rest is
     * scheduled.
     */
    @Transactional
    public FundingGrant setAmount(long recordId, Long planId, BigDecimal amount, Actor office) {
        return setAmount(recordId, planId, amount, office, false);
    }

    /**
     * As {@link #setAmount(long, Long, BigDecimal, Actor)}; {@code historic} records an amount set when the
     * record started, whatever its state now (the demo's people, whose cycles began before this system).
     */
    @Transactional
    FundingGrant setAmount(long recordId, Long planId, BigDecimal amount, Actor office, boolean historic) {
        Tranches.requireOffice(office);
        TalentRecord record = records.visible(recordId, office.scope());
        if (!historic && record.getStatus() != TalentStatus.ACTIVE) {
            throw new Refusal("funding.grant.notActive", record.getStatus());
        }
        SupportPlan plan = planId == null ? null : plans.find(planId)
                .filter(found -> found.getCategoryId() == record.getCategoryId()).orElse(null);
        if (plan == null) {
            throw Refusal.onField("planId", "funding.grant.planRequired");
        }
        BigDecimal checked = checkAmount(plan, amount);
        List<FundingGrant> held = grants.findByTalentRecordIdOrderByIdAsc(recordId);
        Optional<FundingGrant> existing = held.stream()
                .filter(grant -> grant.getKind() == plan.getKind() && grant.getCategoryId() == plan.getCategoryId())
                .findFirst();
        BigDecimal carried = carriedOver(held, tranches.ofRecord(recordId), plan);
        if (checked.compareTo(carried) < 0) {
            throw Refusal.onField("amount", "funding.grant.belowCarried", plan.getKind(), Tranches.amount(carried));
        }
        FundingGrant grant;
        String before = null;
        if (existing.isPresent()) {
            grant = existing.get();
            List<FundingTranche> current = trancheRows.lockOfGrant(grant.getId());
            if (current.stream().anyMatch(t -> t.getStatus() != TrancheStatus.SCHEDULED)) {
                throw Refusal.onField("amount", "funding.grant.alreadyReleased", plan.getKind());
            }
            before = Tranches.amount(grant.getAmount());
            trancheRows.deleteAll(current);
            trancheRows.flush();
            grant.revise(plan, checked, office.username(), clock.instant());
        } else {
            grant = grants.saveAndFlush(new FundingGrant(record, plan, checked, office.username(), clock.instant()));
        }
        grant.carryOver(carried);
        BigDecimal rest = checked.subtract(carried);
        List<TrancheSchedule.Due> schedule = rest.signum() > 0
                ? TrancheSchedule.of(plan.getTranches(), rest, record.getCycleStart()) : List.of();
        for (TrancheSchedule.Due due : schedule) {
            trancheRows.save(new FundingTranche(grant, due, schedule.size()));
        }
        String dues = schedule.stream().map(due -> due.dueOn().toString()).collect(Collectors.joining("/"));
        AuditEntry entry = new AuditEntry(office, "FUNDING_GRANT", grant.getId(), label(record),
                before == null ? "SET_AMOUNT" : "REVISE_AMOUNT", before, Tranches.amount(checked), null);
        String kindName = AuditEntry.labels(plan.getKind().messageKey());
        audit.record(carried.signum() == 0
                ? entry.withNote("audit.note.amount", kindName, Tranches.amount(checked),
                        Tranches.amount(plan.getMinAmount()), Tranches.amount(plan.getMaxAmount()), schedule.size(), dues)
                : entry.withNote("audit.note.amountCarried", kindName, Tranches.amount(checked),
                        Tranches.amount(plan.getMinAmount()), Tranches.amount(plan.getMaxAmount()),
                        Tranches.amount(carried), Tranches.amount(rest), schedule.size(), dues));
        List<Long> recipients = new ArrayList<>();
        recipients.add(record.getApplicantId());
        recipients.addAll(accounts.userIdsIn(record.getUnitId(), Role.EMPLOYER));
        notifications.send(recipients, "notification.funding.SET_AMOUNT", label(record), link(recordId));
        return grant;
    }

    /**
     * What was paid under the person's funds of the plan's kind from other (former) categories: it counts
     * toward the new category's amount (002 art. 33).
     */
    static BigDecimal carriedOver(List<FundingGrant> held, List<FundingTranche> tranches, SupportPlan plan) {
        java.util.Set<Long> former = held.stream()
                .filter(grant -> grant.getKind() == plan.getKind() && grant.getCategoryId() != plan.getCategoryId())
                .map(FundingGrant::getId).collect(Collectors.toSet());
        return tranches.stream().filter(t -> former.contains(t.getGrantId()) && t.getStatus() == TrancheStatus.PAID)
                .map(FundingTranche::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static BigDecimal checkAmount(SupportPlan plan, BigDecimal amount) {
        if (amount == null) {
            throw Refusal.onField("amount", "funding.amount.required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw Refusal.onField("amount", "funding.amount.fen");
        }
        if (amount.compareTo(plan.getMinAmount()) < 0 || amount.compareTo(plan.getMaxAmount()) > 0) {
            throw plan.isFixed()
                    ? Refusal.onField("amount", "funding.grant.fixed", plan.getKind(),
                            Tranches.amount(plan.getMinAmount()))
                    : Refusal.onField("amount", "funding.grant.outOfRange", plan.getKind(),
                            Tranches.amount(plan.getMinAmount()), Tranches.amount(plan.getMaxAmount()));
        }
        return amount.setScale(2);
    }

    // ---- the work contract ----------------------------------------------------------------------------

    /**
     * 正式履行工作合同: the employer (or the office) records the day the person took up the work contract, with
     * the contract itself (PDF, PNG or JPEG, recognised by content, within the upload limit). It releases a
     * one-time grant (002 art. 27) and allows an extension of research funds (art. 28); a later contract
     * replaces it. Audited; the office is told.
     */
    @Transactional
    public WorkContract recordContract(long recordId, LocalDate takenUpOn, MultipartFile file, Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.EMPLOYER) && !actor.has(Role.OFFICE)) {
            throw new Refusal("funding.refused.role");
        }
        TalentRecord record = records.visible(recordId, actor.scope());
        if (record.getStatus().isExited()) {
            throw new Refusal("funding.contract.exited", record.getStatus());
        }
        LocalDate today = tranches.today();
        if (takenUpOn == null || takenUpOn.isAfter(today) || takenUpOn.getYear() < 2000) {
            throw Refusal.onField("takenUpOn", "funding.contract.date", today);
        }
        if (file == null || file.isEmpty()) {
            throw Refusal.onField("file", "funding.contract.fileRequired");
        }
        StoredFile stored = files.store(file);
        Optional<WorkContract> existing = contracts.findById(recordId);
        WorkContract contract = existing.orElseGet(() -> new WorkContract(recordId));
        LocalDate before = existing.map(WorkContract::getTakenUpOn).orElse(null);
        contract.record(takenUpOn, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
                actor.username(), clock.instant());
        contract = contracts.save(contract);
        audit.record(new AuditEntry(actor, "FUNDING_CONTRACT", recordId, label(record),
                existing.isPresent() ? "REPLACE_CONTRACT" : "RECORD_CONTRACT",
                before == null ? null : before.toString(), takenUpOn.toString(), null)
                .withNote("audit.note.contract", takenUpOn, stored.fileName(), stored.sha256()));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.funding.RECORD_CONTRACT",
                label(record), link(recordId));
        return contract;
    }

    // ---- extensions ------------------------------------------------------------------------------------

    /**
     * The employer asks to extend a fund's period by some years: only a fund whose plan allows it, within
     * its maximum, with a reason, and a work contract on file where the plan needs one (002 art. 28:
     * 确有需要且有工作合同的，可延长2年); one request open at a time. The office is told.
     */
    @Transactional
    public FundingExtension requestExtension(long grantId, Integer years, String reason, Actor employer) {
        if (!employer.isSystem() && !employer.has(Role.EMPLOYER)) {
            throw new Refusal("funding.refused.role");
        }
        FundingGrant grant = grants.findById(grantId).orElseThrow(() -> new NotFound("fund " + grantId));
        TalentRecord record = records.visible(grant.getTalentRecordId(), employer.scope());
        if (record.getStatus().isExited()) {
            throw new Refusal("funding.extension.exited", record.getStatus());
        }
        if (years == null) {
            throw Refusal.onField("years", "funding.extension.yearsRequired");
        }
        int after = TrancheSchedule.extended(grant.getExtensionYears(), years, grant.getExtensionMaxYears());
        String text = checkReason(reason, true);
        if (grant.isExtensionNeedsContract() && contracts.findById(record.getId()).isEmpty()) {
            throw new Refusal("funding.extension.contractRequired");
        }
        if (extensions.findFirstByGrantIdAndStatus(grantId, ExtensionStatus.REQUESTED).isPresent()) {
            throw new Refusal("funding.extension.alreadyOpen");
        }
        FundingExtension extension = extensions.saveAndFlush(new FundingExtension(grant, years, text,
                employer.username(), clock.instant()));
        audit.record(new AuditEntry(employer, "FUNDING_EXTENSION", extension.getId(), label(record),
                "REQUEST_EXTENSION", null, ExtensionStatus.REQUESTED.name(), text).withNote("audit.note.extension",
                        AuditEntry.labels(grant.getKind().messageKey()), years, grant.getPeriodEnd(),
                        TrancheSchedule.periodEnd(grant.getPeriodStart(), grant.getPeriodYears(), after)));
        notifications.send(accounts.userIdsWithRole(Role.OFFICE), "notification.funding.REQUEST_EXTENSION",
                label(record), link(record.getId()));
        return extension;
    }

    /**
     * The office approves (the fund's period is extended; the contract must still be on file where needed)
     * or refuses with a reason an extension asked for. The employer and the person are told.
     */
    @Transactional
    public void decideExtension(long extensionId, boolean approve, String reason, Actor office) {
        Tranches.requireOffice(office);
        FundingExtension extension = extensions.findById(extensionId)
                .orElseThrow(() -> new NotFound("extension " + extensionId));
        FundingGrant grant = grants.findById(extension.getGrantId()).orElseThrow();
        TalentRecord record = records.visible(grant.getTalentRecordId(), office.scope());
        if (extension.getStatus() != ExtensionStatus.REQUESTED) {
            throw new Refusal("funding.extension.decided", extension.getStatus());
        }
        String text = checkReason(reason, !approve);
        LocalDate before = grant.getPeriodEnd();
        if (approve) {
            if (record.getStatus().isExited()) {
                throw new Refusal("funding.extension.exited", record.getStatus());
            }
            if (grant.isExtensionNeedsContract() && contracts.findById(record.getId()).isEmpty()) {
                throw new Refusal("funding.extension.contractRequired");
            }
            grant.extendTo(TrancheSchedule.extended(grant.getExtensionYears(), extension.getYears(),
                    grant.getExtensionMaxYears()));
        }
        extension.decide(approve, text, office.username(), clock.instant());
        audit.record(new AuditEntry(office, "FUNDING_EXTENSION", extension.getId(), label(record),
                approve ? "APPROVE_EXTENSION" : "REFUSE_EXTENSION", ExtensionStatus.REQUESTED.name(),
                extension.getStatus().name(), text).withNote("audit.note.extensionDecided",
                        AuditEntry.labels(grant.getKind().messageKey()), extension.getYears(), before,
                        grant.getPeriodEnd()));
        List<Long> recipients = new ArrayList<>();
        recipients.add(record.getApplicantId());
        recipients.addAll(accounts.userIdsIn(grant.getUnitId(), Role.EMPLOYER));
        notifications.send(recipients, "notification.funding." + (approve ? "APPROVE_EXTENSION" : "REFUSE_EXTENSION"),
                label(record), link(record.getId()));
    }

    private static String checkReason(String reason, boolean required) {
        if (!StringUtils.hasText(reason)) {
            if (required) {
                throw Refusal.onField("reason", "funding.extension.reasonRequired");
            }
            return null;
        }
        String text = reason.strip();
        if (text.length() > REASON_MAX) {
            throw Refusal.onField("reason", "input.tooLong", REASON_MAX);
        }
        return text;
    }

    /** The record a fund belongs to, within the reader's scope (404 outside it). */
    @Transactional(readOnly = true)
    public long recordOfFund(long grantId, DataScope scope) {
        FundingGrant grant = grants.findById(grantId).orElseThrow(() -> new NotFound("fund " + grantId));
        return records.visible(grant.getTalentRecordId(), scope).getId();
    }

    /** The record an extension request belongs to, within the reader's scope (404 outside it). */
    @Transactional(readOnly = true)
    public long recordOfExtension(long extensionId, DataScope scope) {
        FundingExtension extension = extensions.findById(extensionId)
                .orElseThrow(() -> new NotFound("extension " + extensionId));
        return records.visible(extension.getTalentRecordId(), scope).getId();
    }

    // ---- on a conversion (002 art. 33) -------------------------------------------------------------------

    /**
     * The person's category changed: the funds of the former category keep what was paid, their unpaid
     * tranches are cancelled, and the office is asked to set the amounts of the new category (what was paid
     * counts toward them). Returns how many tranches were cancelled.
     */
    @Transactional
    int converted(TalentCategoryChanged changed) {
        List<Long> former = grants.findByTalentRecordIdOrderByIdAsc(changed.recordId()).stream()
                .filter(grant -> grant.getCategoryId() == changed.fromCategoryId()).map(FundingGrant::getId).toList();
        if (former.isEmpty()) {
            return 0;
        }
        return tranches.cancelOnConversion(changed.recordId(), former);
    }

    // ---- on a transfer ---------------------------------------------------------------------------------

    /** The person's funds, to move with them (tracking's transfer event). */
    @Transactional
    List<FundingGrant> fundsOf(long recordId) {
        return grants.findByTalentRecordIdOrderByIdAsc(recordId);
    }

    static String label(TalentRecord record) {
        return record.getPersonName() + " " + record.getCertificateNo();
    }

    static String link(long recordId) {
        return "/funding/records/" + recordId;
    }
}
