package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.LikePattern;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 年度考核 (000: once a year; 德、能、勤、绩; kept in the 考绩档案): the person reports on each year of the
 * cycle — progress against the dossier's goals, with the year's outputs attached — once the year's
 * last month has begun; the employer grades; the recommending unit confirms; the office files. Each
 * step follows {@link YearlyReportFlow}, audited and notified to the next actor.
 */
@Service
public class YearlyReports {

    static final int PROGRESS_MAX = 4000;

    private static final Sort QUEUE_ORDER = Sort.by("dueOn").and(Sort.by("id"));

    private final YearlyReportRepository reports;
    private final FinalAssessmentRepository finals;
    private final TalentRecords records;
    private final Outputs outputs;
    private final Organization organization;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;

    YearlyReports(YearlyReportRepository reports, FinalAssessmentRepository finals, TalentRecords records,
            Outputs outputs, Organization organization, Accounts accounts, Notifications notifications,
            AuditTrail audit) {
        this.reports = reports;
        this.finals = finals;
        this.records = records;
        this.outputs = outputs;
        this.organization = organization;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /**
     * The person's report on a year of the cycle, submitted (or, after a return, submitted again). The
     * year's outputs not yet in a report go with it. Refused before the year's last month, for a year
     * already reported, or once the record has ended.
     */
    @Transactional
    public YearlyReport submit(long recordId, int cycleYear, String progress, Actor person) {
        TalentRecord record = records.locked(recordId, person);
        if (record.getApplicantId() != person.userId()) {
            throw new NotFound("talent record " + recordId);
        }
        if (record.getStatus().isEnded()) {
            throw new Refusal("talent.report.ended", record.getStatus());
        }
        SupportCycle cycle = record.cycle();
        if (cycleYear < 1 || cycleYear > cycle.reportableYears(records.today())) {
            throw Refusal.onField("cycleYear", "talent.report.notYetOpen", cycleYear,
                    cycleYear >= 1 && cycleYear <= cycle.years() ? cycle.reportOpens(cycleYear) : "-");
        }
        if (!StringUtils.hasText(progress)) {
            throw Refusal.onField("progress", "talent.report.progressRequired");
        }
        if (progress.strip().length() > PROGRESS_MAX) {
            throw Refusal.onField("progress", "input.tooLong", PROGRESS_MAX);
        }
        YearlyReport report = reports.findByTalentRecordIdAndCycleYear(recordId, cycleYear).orElse(null);
        ReportStatus from = null;
        if (report == null) {
            report = reports.save(new YearlyReport(recordId, cycleYear, cycle.reportDue(cycleYear), progress.strip(),
                    records.now()));
        } else {
            from = report.getStatus();
            YearlyReportFlow.Step step = YearlyReportFlow.decide(from, ReportEvent.RESUBMIT, person, null);
            report.resubmit(progress.strip(), records.now());
            report.moveTo(step.to());
        }
        outputs.attachToReport(recordId, report.getId(), cycle.anniversary(cycleYear - 1),
                cycle.anniversary(cycleYear));
        audit.record(new AuditEntry(person, "YEARLY_REPORT", report.getId(), label(record, cycleYear),
                from == null ? "SUBMIT" : ReportEvent.RESUBMIT.name(), from == null ? null : from.name(),
                ReportStatus.SUBMITTED.name(), null));
        notify(record, report, ReportStatus.SUBMITTED);
        return report;
    }

    /** The employer's grade and opinion (优秀 / 合格 / 基本合格 / 不合格). */
    @Transactional
    public void grade(long reportId, Grade grade, String opinion, Actor employer) {
        if (grade == null) {
            throw Refusal.onField("grade", "talent.report.gradeRequired");
        }
        if (grade == Grade.FAIL && !StringUtils.hasText(opinion)) {
            throw Refusal.onField("opinion", "talent.report.failNeedsOpinion");
        }
        step(reportId, ReportEvent.GRADE, employer, opinion, (report, record) -> {
            report.graded(grade, StringUtils.hasText(opinion) ? opinion.strip() : null, employer.username(),
                    records.now());
            // the record's last grade (ADR 0030), of the year the assessed cycle year ends; once the final
            // assessment is held, its outcome stays the last word
            if (finals.findByTalentRecordId(record.getId()).isEmpty()) {
                record.gradeRecorded(grade, record.cycle().anniversary(report.getCycleYear()).getYear(), false);
            }
        });
    }

    /** The employer returns the report for more (the person submits it again). */
    @Transactional
    public void returnReport(long reportId, String reason, Actor employer) {
        step(reportId, ReportEvent.RETURN, employer, reason, (report, record) -> report.returned(reason.strip()));
    }

    /** The recommending unit confirms the employer's grade. */
    @Transactional
    public void confirm(long reportId, Actor recommender) {
        step(reportId, ReportEvent.CONFIRM, recommender, null,
                (report, record) -> report.confirmed(recommender.username(), records.now()));
    }

    /** The recommending unit sends the grade back to the employer, with its reason. */
    @Transactional
    public void sendBack(long reportId, String reason, Actor recommender) {
        step(reportId, ReportEvent.SEND_BACK, recommender, reason,
                (report, record) -> report.returned(reason.strip()));
    }

    /** The office files the confirmed report in the 考绩档案. */
    @Transactional
    public void file(long reportId, Actor office) {
        step(reportId, ReportEvent.FILE, office, null,
                (report, record) -> report.filed(office.username(), records.now()));
    }

    private void step(long reportId, ReportEvent event, Actor actor, String reason,
            java.util.function.BiConsumer<YearlyReport, TalentRecord> change) {
        YearlyReport report = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        TalentRecord record = records.locked(report.getTalentRecordId(), actor);
        ReportStatus from = report.getStatus();
        YearlyReportFlow.Step step = YearlyReportFlow.decide(from, event, actor, reason);
        change.accept(report, record);
        report.moveTo(step.to());
        audit.record(new AuditEntry(actor, "YEARLY_REPORT", report.getId(), label(record, report.getCycleYear()),
                event.name(), from.name(), step.to().name(), StringUtils.hasText(reason) ? reason.strip() : null));
        notify(record, report, step.to());
    }

    @Transactional(readOnly = true)
    public List<YearlyReport> of(long recordId) {
        return reports.findByTalentRecordIdOrderByCycleYearAsc(recordId);
    }

    /** The reports of each of these records, by record, in cycle year order: one query (a record with none is left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<YearlyReport>> ofRecords(java.util.Collection<Long> recordIds) {
        java.util.Map<Long, List<YearlyReport>> byRecord = new java.util.HashMap<>();
        if (!recordIds.isEmpty()) {
            reports.findByTalentRecordIdInOrderByTalentRecordIdAscCycleYearAsc(recordIds).forEach(report -> byRecord
                    .computeIfAbsent(report.getTalentRecordId(), id -> new java.util.ArrayList<>()).add(report));
        }
        return byRecord;
    }

    @Transactional(readOnly = true)
    public YearlyReport find(long reportId, DataScope scope) {
        YearlyReport report = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        records.visible(report.getTalentRecordId(), scope);
        return report;
    }

    /** The reports waiting for this reader: the employer's to grade, the unit's to confirm, the office's to file. */
    @Transactional(readOnly = true)
    public Page<YearlyReport> waitingFor(Actor actor, Pageable pageable) {
        Pageable page = Paging.of(pageable, QUEUE_ORDER);
        DataScope scope = actor.scope();
        if (actor.has(Role.OFFICE)) {
            return reports.inStateWithin(ReportStatus.CONFIRMED, "/%", page);
        }
        if (actor.has(Role.RECOMMENDER)) {
            return reports.inStateWithin(ReportStatus.GRADED, LikePattern.startingWith(scope.unitPath()), page);
        }
        if (actor.has(Role.EMPLOYER)) {
            return reports.inStateAtUnit(ReportStatus.SUBMITTED, scope.unitId(), page);
        }
        return Page.empty(page);
    }

    @Transactional(readOnly = true)
    public long countWaitingFor(Actor actor) {
        if (actor.has(Role.OFFICE)) {
            return reports.countInStateWithin(ReportStatus.CONFIRMED, "/%");
        }
        if (actor.has(Role.RECOMMENDER)) {
            return reports.countInStateWithin(ReportStatus.GRADED, LikePattern.startingWith(actor.unitPath()));
        }
        if (actor.has(Role.EMPLOYER)) {
            return reports.countInStateAtUnit(ReportStatus.SUBMITTED, actor.unitId());
        }
        return 0;
    }

    /**
     * The yearly reports due from {@code from} to {@code to} that are not submitted (none yet, or returned and not
     * submitted again), of the records still in their cycle: one statement (the reminders of the yearly reports'
     * due date). Not scoped: a system task.
     */
    @Transactional(readOnly = true)
    public List<ReportDue> reportsDue(LocalDate from, LocalDate to) {
        List<String> ended = Arrays.stream(TalentStatus.values()).filter(TalentStatus::isEnded).map(Enum::name)
                .toList();
        return reports.dueBetween(ended, from, to).stream()
                .map(row -> new ReportDue(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), row[3] + " " + row[4] + " #" + row[5],
                        ((Number) row[5]).intValue(), date(row[6])))
                .toList();
    }

    /** A date column of a native query: java.time by default, the JDBC type where configured so. */
    private static LocalDate date(Object value) {
        return value == null ? null
                : value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    /** The cycle years whose report the person may submit now and has not (or must submit again). */
    @Transactional(readOnly = true)
    public List<Integer> due(TalentRecord record) {
        return record.getStatus().isEnded() ? List.of() : due(record, of(record.getId()));
    }

    /** As {@link #due(TalentRecord)}, with the record's reports already read (the record's page has them). */
    public List<Integer> due(TalentRecord record, List<YearlyReport> existing) {
        List<Integer> due = new ArrayList<>();
        if (record.getStatus().isEnded()) {
            return due;
        }
        int open = record.cycle().reportableYears(records.today());
        for (int year = 1; year <= open; year++) {
            int k = year;
            boolean pending = existing.stream().noneMatch(report -> report.getCycleYear() == k
                    && report.getStatus() != ReportStatus.RETURNED);
            if (pending) {
                due.add(year);
            }
        }
        return due;
    }

    private static String label(TalentRecord record, int cycleYear) {
        return TalentRecords.label(record) + " #" + cycleYear;
    }

    private void notify(TalentRecord record, YearlyReport report, ReportStatus reached) {
        List<Long> recipients = new ArrayList<>();
        switch (reached) {
            case SUBMITTED -> recipients.addAll(accounts.userIdsIn(record.getUnitId(), Role.EMPLOYER));
            case GRADED -> organization.recommendingUnitOf(record.getUnitId())
                    .ifPresent(unit -> recipients.addAll(accounts.userIdsIn(unit.id(), Role.RECOMMENDER)));
            case CONFIRMED -> recipients.addAll(accounts.userIdsWithRole(Role.OFFICE));
            case RETURNED, FILED -> recipients.add(record.getApplicantId());
        }
        notifications.send(recipients, "notification.talent.report." + reached.name(),
                label(record, report.getCycleYear()), "/talents/" + record.getId());
    }
}
