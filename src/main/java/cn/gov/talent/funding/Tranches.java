package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.ReportStatus;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.tracking.TalentStatus;
import cn.gov.talent.tracking.TalentTransferred;
import cn.gov.talent.tracking.YearlyReport;
import cn.gov.talent.tracking.YearlyReports;

/**
 * The tranches: found within the reader's scope, released by the office once due with their condition met
 * ({@link ReleaseCheck}), paid once — both by a conditional update, so that of two requests at once the
 * database lets one through and the other is refused — cancelled when the person exits, moved with the
 * person to a new employer; totals per employer and year. Every change is audited and told to whoever
 * acts next or is concerned.
 */
@Service
public class Tranches {

    /** The list's order: due first, then by person and number. */
    static final Sort LIST_ORDER = Sort.by("dueOn").and(Sort.by("personName")).and(Sort.by("id"));

    /** The export's order: by employer, then by payment day. */
    static final Sort EXPORT_ORDER = Sort.by("employerName").and(Sort.by("unitId")).and(Sort.by("paidOn"))
            .and(Sort.by("id"));

    static final int VOUCHER_MAX = 40;

    /** The system actor of what funding does on its own (an exit's cancellation, a transfer's move). */
    static final Actor FUNDING = Actor.system("funding");

    private final FundingTrancheRepository tranches;
    private final WorkContractRepository contracts;
    private final TalentRecords records;
    private final YearlyReports reports;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final EntityManager entityManager;

    Tranches(FundingTrancheRepository tranches, WorkContractRepository contracts, TalentRecords records,
            YearlyReports reports, Accounts accounts, Notifications notifications, AuditTrail audit, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.tranches = tranches;
        this.contracts = contracts;
        this.records = records;
        this.reports = reports;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The tranches the reader may see, filtered and paged in SQL. */
    @Transactional(readOnly = true)
    public Page<FundingTranche> search(DataScope scope, TrancheFilter filter, Pageable pageable) {
        return tranches.findAll(FundingScope.within(scope).and(FundingScope.matching(filter)),
                Paging.of(pageable, LIST_ORDER));
    }

    /** A tranche within the reader's scope; otherwise not found (404, whether it exists or not). */
    @Transactional(readOnly = true)
    public FundingTranche visible(long id, DataScope scope) {
        return tranches.findById(id).filter(tranche -> FundingScope.allows(scope, tranche))
                .orElseThrow(() -> new NotFound("tranche " + id));
    }

    /** A record's tranches, by fund and number. */
    @Transactional(readOnly = true)
    public List<FundingTranche> ofRecord(long recordId) {
        return tranches.findByTalentRecordIdOrderByGrantIdAscSeqAsc(recordId);
    }

    /** Each employer's funds of a year in the reader's scope, paged in SQL. */
    @Transactional(readOnly = true)
    public Page<EmployerTotal> totals(DataScope scope, int year, Pageable pageable) {
        return tranches.totalsByEmployer(FundingScope.pattern(scope), FundingScope.unit(scope),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Paging.of(pageable, Sort.unsorted()));
    }

    /** The year's funds over every employer in the reader's scope. */
    @Transactional(readOnly = true)
    public EmployerTotal total(DataScope scope, int year) {
        return tranches.total(FundingScope.pattern(scope), FundingScope.unit(scope), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /**
     * Every tranche paid in the period in the reader's scope (one employer, if given), by employer and day,
     * a chunk at a time (the finance department's export).
     */
    @Transactional(readOnly = true)
    public void forEachPaid(DataScope scope, LocalDate from, LocalDate to, Long unitId,
            Consumer<FundingTranche> each) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new Refusal("funding.export.period");
        }
        Paging.forEach(page -> tranches.findAll(FundingScope.within(scope)
                .and(FundingScope.paidBetween(from, to, unitId)), page), 500, EXPORT_ORDER, each);
    }

    /** The office's counts in one statement: due and not released, released and not paid, extensions to decide. */
    @Transactional(readOnly = true)
    public long[] officeWork() {
        Object[] row = tranches.officeWork(today()).get(0);
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    /**
     * The scheduled tranches due from {@code from} to {@code to} whose release condition is still open (the
     * contract not taken up, the yearly report not filed), of people in their cycle with no exit pending: the
     * reminders of the tranches waiting for their condition. Not scoped: a system task.
     */
    @Transactional(readOnly = true)
    public List<TrancheDue> waitingForCondition(LocalDate from, LocalDate to) {
        List<FundingTranche> scheduled = tranches.findByStatusAndDueOnBetweenAndConditionNotOrderById(
                TrancheStatus.SCHEDULED, from, to, ReleaseCondition.NONE);
        // the records, their yearly reports and their contracts in one query each, not three per tranche
        Set<Long> recordIds = scheduled.stream().map(FundingTranche::getTalentRecordId).collect(Collectors.toSet());
        Map<Long, TalentRecord> byId = records.byIds(recordIds);
        Map<Long, List<YearlyReport>> yearly = reports.ofRecords(recordIds);
        Map<Long, LocalDate> takenUp = new HashMap<>();
        contracts.findAllById(recordIds).forEach(contract -> takenUp.put(contract.getTalentRecordId(),
                contract.getTakenUpOn()));
        LocalDate today = today();
        List<TrancheDue> due = new ArrayList<>();
        for (FundingTranche tranche : scheduled) {
            TalentRecord record = byId.get(tranche.getTalentRecordId());
            if (record == null || record.getStatus() != TalentStatus.ACTIVE) {
                continue;
            }
            Set<Integer> filed = yearly.getOrDefault(record.getId(), List.of()).stream()
                    .filter(report -> report.getStatus() == ReportStatus.FILED).map(YearlyReport::getCycleYear)
                    .collect(Collectors.toSet());
            var facts = new ReleaseCheck.Facts(record.getStatus(), takenUp.get(record.getId()), filed, today);
            boolean conditionOpen = ReleaseCheck.open(tranche.getDueOn(), tranche.getCondition(),
                    tranche.getReportYear(), facts).stream()
                    .anyMatch(open -> CONDITIONS.contains(open.messageKey()));
            if (conditionOpen) {
                due.add(new TrancheDue(tranche.getId(), tranche.getUnitId(), label(tranche), link(tranche),
                        tranche.getDueOn()));
            }
        }
        return due;
    }

    /** What {@link ReleaseCheck} says of a condition not met (not of the due date, nor of an exit). */
    private static final Set<String> CONDITIONS = Set.of("funding.open.contract", "funding.open.contractNotYet",
            "funding.open.report");

    /** What the release of a record's tranches looks at: its state, the contract taken up, the reports filed. */
    @Transactional(readOnly = true)
    public ReleaseCheck.Facts facts(TalentRecord record) {
        return facts(record, reports.of(record.getId()));
    }

    /** As {@link #facts(TalentRecord)}, with the record's yearly reports already read. */
    public ReleaseCheck.Facts facts(TalentRecord record, List<YearlyReport> yearly) {
        Set<Integer> filed = yearly.stream().filter(report -> report.getStatus() == ReportStatus.FILED)
                .map(YearlyReport::getCycleYear).collect(Collectors.toSet());
        LocalDate takenUp = contracts.findById(record.getId()).map(WorkContract::getTakenUpOn).orElse(null);
        return new ReleaseCheck.Facts(record.getStatus(), takenUp, filed, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- release and payment ----------------------------------------------------------------------

    /**
     * The office releases a scheduled tranche whose condition is met; refused with every open condition
     * otherwise (the first is the one said). The change is a conditional update from SCHEDULED: of two
     * releases at once, one is refused.
     */
    @Transactional
    public void release(long id, Actor office) {
        release(id, office, false);
    }

    /**
     * As {@link #release(long, Actor)}; {@code historic} releases a tranche as it was released before the
     * record's present state (the demo's people, whose cycles began before this system): due and its
     * condition met, the exit since then aside.
     */
    @Transactional
    void release(long id, Actor office, boolean historic) {
        requireOffice(office);
        FundingTranche tranche = visible(id, office.scope());
        if (tranche.getStatus() != TrancheStatus.SCHEDULED) {
            throw new Refusal("funding.release.notScheduled", tranche.getStatus());
        }
        TalentRecord record = records.find(tranche.getTalentRecordId()).orElseThrow();
        ReleaseCheck.Facts facts = facts(record);
        if (historic) {
            facts = new ReleaseCheck.Facts(TalentStatus.ACTIVE, facts.contractTakenUpOn(), facts.filedReportYears(),
                    facts.today());
        }
        ReleaseCheck.requireReleasable(tranche.getDueOn(), tranche.getCondition(), tranche.getReportYear(), facts);
        if (tranches.release(id, office.username(), clock.instant(), TrancheStatus.SCHEDULED,
                TrancheStatus.RELEASED) == 0) {
            throw new Refusal("funding.release.notScheduled", TrancheStatus.RELEASED);
        }
        // the update went round the entity: read it again, for whatever this transaction does with it next
        entityManager.refresh(tranche);
        AuditEntry entry = new AuditEntry(office, "FUNDING_TRANCHE", tranche.getId(), label(tranche),
                "RELEASE_TRANCHE", TrancheStatus.SCHEDULED.name(), TrancheStatus.RELEASED.name(), null);
        audit.record(switch (tranche.getCondition()) {
            case NONE -> entry.withNote("audit.note.release.NONE", kind(tranche), tranche.getSeq(),
                    tranche.getTranches(), amount(tranche.getAmount()), tranche.getDueOn());
            case CONTRACT_TAKEN_UP -> entry.withNote("audit.note.release.CONTRACT_TAKEN_UP", kind(tranche),
                    tranche.getSeq(), tranche.getTranches(), amount(tranche.getAmount()), facts.contractTakenUpOn());
            case YEARLY_REPORT_FILED -> entry.withNote("audit.note.release.YEARLY_REPORT_FILED", kind(tranche),
                    tranche.getSeq(), tranche.getTranches(), amount(tranche.getAmount()), tranche.getReportYear());
        });
        notifyPersonAndEmployer(tranche, "notification.funding.RELEASE_TRANCHE");
    }

    /**
     * The office records the payment of a released tranche: the day (from its due date to today), the amount
     * (the tranche's own) and the voucher number (凭证号). A conditional update from RELEASED: a tranche is
     * never paid twice, whatever the number of requests at once.
     */
    @Transactional
    public void pay(long id, LocalDate paidOn, BigDecimal amount, String voucherNo, Actor office) {
        requireOffice(office);
        FundingTranche tranche = visible(id, office.scope());
        if (tranche.getStatus() == TrancheStatus.PAID) {
            throw new Refusal("funding.pay.alreadyPaid", tranche.getPaidOn(), tranche.getVoucherNo());
        }
        if (tranche.getStatus() != TrancheStatus.RELEASED) {
            throw new Refusal("funding.pay.notReleased", tranche.getStatus());
        }
        List<Refusal.Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (paidOn == null || paidOn.isAfter(today) || paidOn.isBefore(tranche.getDueOn())) {
            problems.add(new Refusal.Problem("paidOn", "funding.pay.date", new Object[] {tranche.getDueOn(), today}));
        }
        if (amount == null || amount.compareTo(tranche.getAmount()) != 0) {
            problems.add(new Refusal.Problem("amount", "funding.pay.amount",
                    new Object[] {amount(tranche.getAmount())}));
        }
        String voucher = voucherNo == null ? "" : voucherNo.strip();
        if (voucher.isEmpty()) {
            problems.add(new Refusal.Problem("voucherNo", "funding.pay.voucherRequired", null));
        } else if (voucher.length() > VOUCHER_MAX) {
            problems.add(new Refusal.Problem("voucherNo", "input.tooLong", new Object[] {VOUCHER_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        if (tranches.pay(id, paidOn, tranche.getAmount(), voucher, office.username(), clock.instant(),
                TrancheStatus.RELEASED, TrancheStatus.PAID) == 0) {
            // another request paid it (or the person's exit cancelled it) since it was read: nothing is paid twice
            throw new Refusal("funding.pay.notPayable");
        }
        entityManager.refresh(tranche);
        audit.record(new AuditEntry(office, "FUNDING_TRANCHE", tranche.getId(), label(tranche), "PAY_TRANCHE",
                TrancheStatus.RELEASED.name(), TrancheStatus.PAID.name(), null).withNote("audit.note.payment",
                        kind(tranche), tranche.getSeq(), tranche.getTranches(), paidOn, amount(tranche.getAmount()),
                        voucher));
        notifyPersonAndEmployer(tranche, "notification.funding.PAY_TRANCHE");
    }

    // ---- an exit and a transfer (tracking's events, in tracking's transaction) ------------------------

    /**
     * The person left the program (主动退出, 劝退, 取消资格): every tranche not yet paid is cancelled, locked
     * first, so that a payment at the same moment either comes first (and stands) or is refused. Audited one
     * line per tranche; the employer and the office are told. Returns how many were cancelled.
     */
    @Transactional
    public int cancelOpen(long recordId, TalentStatus reached, Actor actor) {
        List<FundingTranche> open = tranches.lockOfRecord(recordId, List.of(TrancheStatus.SCHEDULED,
                TrancheStatus.RELEASED));
        if (open.isEmpty()) {
            return 0;
        }
        cancel(open, reached.name(), reached.messageKey(), actor);
        FundingTranche first = open.get(0);
        List<Long> recipients = new ArrayList<>(accounts.userIdsIn(first.getUnitId(), Role.EMPLOYER));
        recipients.addAll(accounts.userIdsWithRole(Role.OFFICE));
        notifications.send(recipients, "notification.funding.CANCEL_TRANCHE", first.getPersonName() + " "
                + first.getCertificateNo(), link(first));
        return open.size();
    }

    /**
     * The person's category changed (002 art. 33): the unpaid tranches of the former category's funds are
     * cancelled, locked first as on an exit; the paid ones stay. The office is asked to set the new
     * category's amounts and the employer is told, whether or not anything was left to cancel. Returns how
     * many were cancelled.
     */
    @Transactional
    public int cancelOnConversion(long recordId, List<Long> formerGrantIds) {
        List<FundingTranche> open = tranches.lockOfRecord(recordId, List.of(TrancheStatus.SCHEDULED,
                TrancheStatus.RELEASED)).stream().filter(t -> formerGrantIds.contains(t.getGrantId())).toList();
        cancel(open, CONVERTED, "funding.cancel." + CONVERTED, FUNDING);
        TalentRecord record = records.find(recordId).orElseThrow();
        List<Long> recipients = new ArrayList<>(accounts.userIdsWithRole(Role.OFFICE));
        recipients.addAll(accounts.userIdsIn(record.getUnitId(), Role.EMPLOYER));
        notifications.send(recipients, "notification.funding.CONVERTED", record.getPersonName() + " "
                + record.getCertificateNo(), "/funding/records/" + recordId);
        return open.size();
    }

    /** The reason a tranche was cancelled by a conversion (an exit's is the state reached). */
    static final String CONVERTED = "CONVERTED";

    private void cancel(List<FundingTranche> open, String reason, String reasonKey, Actor actor) {
        List<AuditEntry> entries = new ArrayList<>();
        for (FundingTranche tranche : open) {
            TrancheStatus from = tranche.getStatus();
            tranche.cancel(reason, clock.instant());
            entries.add(new AuditEntry(actor, "FUNDING_TRANCHE", tranche.getId(), label(tranche), "CANCEL_TRANCHE",
                    from.name(), TrancheStatus.CANCELLED.name(), null).withNote("audit.note.cancelled",
                            kind(tranche), tranche.getSeq(), tranche.getTranches(), amount(tranche.getAmount()),
                            AuditEntry.labels(reasonKey)));
        }
        if (!entries.isEmpty()) {
            audit.recordAll(entries);
        }
    }

    /**
     * The person moved to another employer (an approved transfer, 002 art. 32: 一次性补助及科研经费补助一并流转):
     * every tranche not yet paid moves with its data scope to the new employer; the paid ones stay where
     * they were paid. Audited one line per tranche; the new employer is told. Returns how many moved.
     */
    @Transactional
    public int follow(TalentTransferred moved, List<FundingGrant> grants) {
        grants.forEach(grant -> grant.movedTo(moved.toUnitId(), moved.toUnitPath(), moved.toEmployerName()));
        List<FundingTranche> open = tranches.lockOfRecord(moved.recordId(), List.of(TrancheStatus.SCHEDULED,
                TrancheStatus.RELEASED));
        if (open.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (FundingTranche tranche : open) {
            String from = tranche.getEmployerName();
            tranche.movedTo(moved.toUnitId(), moved.toUnitPath(), moved.toEmployerName());
            entries.add(new AuditEntry(FUNDING, "FUNDING_TRANCHE", tranche.getId(), label(tranche), "TRANSFER_TRANCHE",
                    null, null, null).withNote("audit.note.transferred", kind(tranche), tranche.getSeq(),
                            tranche.getTranches(), amount(tranche.getAmount()), from, moved.toEmployerName()));
        }
        audit.recordAll(entries);
        FundingTranche first = open.get(0);
        notifications.send(accounts.userIdsIn(moved.toUnitId(), Role.EMPLOYER), "notification.funding.TRANSFER_TRANCHE",
                first.getPersonName() + " " + first.getCertificateNo(), link(first));
        return open.size();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    void notifyPersonAndEmployer(FundingTranche tranche, String messageKey) {
        List<Long> recipients = new ArrayList<>();
        recipients.add(tranche.getApplicantId());
        recipients.addAll(accounts.userIdsIn(tranche.getUnitId(), Role.EMPLOYER));
        notifications.send(recipients, messageKey, label(tranche), link(tranche));
    }

    /** A tranche as the audit trail and the messages name it: person, certificate, number. */
    static String label(FundingTranche tranche) {
        return tranche.getPersonName() + " " + tranche.getCertificateNo() + " #" + tranche.getSeq();
    }

    static String link(FundingTranche tranche) {
        return "/funding/records/" + tranche.getTalentRecordId();
    }

    static String kind(FundingTranche tranche) {
        return AuditEntry.labels(tranche.getKind().messageKey());
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2).toPlainString();
    }

    static void requireOffice(Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.OFFICE)) {
            throw new Refusal("funding.refused.role");
        }
    }
}
