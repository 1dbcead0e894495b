package cn.gov.talent.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.EmployerWaiting;
import cn.gov.talent.funding.TrancheDue;
import cn.gov.talent.funding.Tranches;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.OpenBatch;
import cn.gov.talent.program.Programs;
import cn.gov.talent.publication.InvestigationDue;
import cn.gov.talent.publication.Objections;
import cn.gov.talent.recommendation.ListDue;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.review.ReviewDue;
import cn.gov.talent.review.RoundQueries;
import cn.gov.talent.shared.Role;
import cn.gov.talent.tracking.ReportDue;
import cn.gov.talent.tracking.YearlyReports;

/**
 * Where each rule's deadlines live, read through the owning modules' public services: the batches' timetables
 * (program) with the applications waiting at each employer (application) and the lists not forwarded
 * (recommendation), the review rounds (review), the investigations (publication), the yearly reports
 * (tracking) and the tranches (funding). Only deadlines from {@code from} to {@code to} are read.
 */
@Component
class DueSources {

    private final Programs programs;
    private final Applications applications;
    private final Nominations nominations;
    private final RoundQueries rounds;
    private final Objections objections;
    private final YearlyReports reports;
    private final Tranches tranches;
    private final Organization organization;
    private final Accounts accounts;

    DueSources(Programs programs, Applications applications, Nominations nominations, RoundQueries rounds,
            Objections objections, YearlyReports reports, Tranches tranches, Organization organization,
            Accounts accounts) {
        this.programs = programs;
        this.applications = applications;
        this.nominations = nominations;
        this.rounds = rounds;
        this.objections = objections;
        this.reports = reports;
        this.tranches = tranches;
        this.organization = organization;
        this.accounts = accounts;
    }

    List<Due> of(ReminderRule rule, LocalDate from, LocalDate to) {
        return switch (rule) {
            case EMPLOYER_DEADLINE -> employers(from, to);
            case RECOMMENDER_DEADLINE -> recommenders(from, to);
            case EXPERT_REVIEW -> experts(from, to);
            case INVESTIGATION -> investigations(from, to);
            case YEARLY_REPORT -> yearlyReports(from, to);
            case TRANCHE_CONDITION -> tranches(from, to);
        };
    }

    /**
     * The employers with applications still SUBMITTED (waiting for their check) in the open batches whose
     * employer deadline falls in the period; escalated to the recommending unit above each.
     */
    private List<Due> employers(LocalDate from, LocalDate to) {
        Map<Long, OpenBatch> batches = batches(from, to, OpenBatch::employerDeadline);
        List<EmployerWaiting> waiting = applications.waitingByEmployer(batches.keySet(), ApplicationStatus.SUBMITTED);
        Map<Long, String> names = organization.unitNames(waiting.stream().map(EmployerWaiting::employerUnitId)
                .collect(Collectors.toSet()));
        List<Due> due = new ArrayList<>();
        for (EmployerWaiting employer : waiting) {
            OpenBatch batch = batches.get(employer.batchId());
            long unitId = employer.employerUnitId();
            String subject = "batch:" + batch.id() + ":unit:" + unitId + ":" + batch.employerDeadline();
            due.add(new Due(subject, subject, batch.employerDeadline(),
                    label(batch.title(), names.get(unitId), batch.employerDeadline()),
                    "/applications?status=SUBMITTED&batchId=" + batch.id(),
                    "/recommendation/batches/" + batch.id(),
                    () -> accounts.userIdsIn(unitId, Role.EMPLOYER),
                    () -> organization.recommendingUnitOf(unitId)
                            .map(unit -> accounts.userIdsIn(unit.id(), Role.RECOMMENDER)).orElse(List.of())));
        }
        return due;
    }

    /**
     * The recommending units expected to forward a list and not forwarded, in the batches not past NOMINATION,
     * whose deadline (the office's extension, else the batch's) falls in the period; escalated to the office.
     */
    private List<Due> recommenders(LocalDate from, LocalDate to) {
        Map<Long, OpenBatch> batches = programs.openBatches().stream()
                .filter(batch -> batch.stage() != BatchStage.DRAFT && batch.notPast(BatchStage.NOMINATION))
                .collect(Collectors.toMap(OpenBatch::id, Function.identity()));
        List<ListDue> lists = nominations.listsDue(batches.keySet()).stream()
                .filter(list -> within(list.deadline(), from, to)).toList();
        Map<Long, String> names = organization.unitNames(lists.stream().map(ListDue::unitId)
                .collect(Collectors.toSet()));
        List<Due> due = new ArrayList<>();
        for (ListDue list : lists) {
            OpenBatch batch = batches.get(list.batchId());
            long unitId = list.unitId();
            String subject = "batch:" + batch.id() + ":unit:" + unitId + ":" + list.deadline();
            due.add(new Due(subject, subject, list.deadline(), label(batch.title(), names.get(unitId),
                    list.deadline()), "/recommendation/batches/" + batch.id(),
                    "/recommendation/dashboard/" + batch.id(),
                    () -> accounts.userIdsIn(unitId, Role.RECOMMENDER), this::office));
        }
        return due;
    }

    /** The experts with reviews not submitted in a round due in the period; escalated to the office, once a round. */
    private List<Due> experts(LocalDate from, LocalDate to) {
        List<ReviewDue> reviews = rounds.reviewsDue(from, to);
        Map<Long, String> titles = programs.batchesById().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().title()));
        List<Due> due = new ArrayList<>();
        for (ReviewDue review : reviews) {
            String round = "round:" + review.roundId() + ":" + review.deadline();
            String label = titles.getOrDefault(review.batchId(), "") + " #" + review.round() + " · "
                    + review.deadline();
            due.add(new Due(round + ":expert:" + review.expertUserId(), round, review.deadline(), label,
                    "/review/tasks", "/review/batches/" + review.batchId(),
                    () -> List.of(review.expertUserId()), this::office));
        }
        return due;
    }

    /** The objections under investigation due in the period: the unit investigating; escalated to the office. */
    private List<Due> investigations(LocalDate from, LocalDate to) {
        List<Due> due = new ArrayList<>();
        for (InvestigationDue investigation : objections.investigationsDue(from, to)) {
            String subject = "objection:" + investigation.objectionId() + ":" + investigation.dueOn();
            // the unit knows the objection by its number, as its notification did
            due.add(new Due(subject, subject, investigation.dueOn(),
                    investigation.objectionId() + " · " + investigation.dueOn(),
                    "/publication/investigations/" + investigation.objectionId(),
                    "/publication/objections/" + investigation.objectionId(),
                    () -> accounts.userIdsIn(investigation.unitId(), Role.RECOMMENDER), this::office));
        }
        return due;
    }

    /** The yearly reports due in the period and not submitted: the person; escalated to the employer. */
    private List<Due> yearlyReports(LocalDate from, LocalDate to) {
        List<Due> due = new ArrayList<>();
        for (ReportDue report : reports.reportsDue(from, to)) {
            String subject = "report:" + report.recordId() + ":" + report.cycleYear() + ":" + report.dueOn();
            String link = "/talents/" + report.recordId();
            due.add(new Due(subject, subject, report.dueOn(), report.label() + " · " + report.dueOn(), link, link,
                    () -> List.of(report.applicantId()), () -> accounts.userIdsIn(report.unitId(), Role.EMPLOYER)));
        }
        return due;
    }

    /** The tranches due in the period with their condition open: the employer; escalated to the office. */
    private List<Due> tranches(LocalDate from, LocalDate to) {
        List<Due> due = new ArrayList<>();
        for (TrancheDue tranche : tranches.waitingForCondition(from, to)) {
            String subject = "tranche:" + tranche.trancheId() + ":" + tranche.dueOn();
            due.add(new Due(subject, subject, tranche.dueOn(), tranche.label() + " · " + tranche.dueOn(),
                    tranche.link(), tranche.link(), () -> accounts.userIdsIn(tranche.unitId(), Role.EMPLOYER),
                    this::office));
        }
        return due;
    }

    /** The open batches (drafts aside) whose date, as {@code date} reads it, falls in the period. */
    private Map<Long, OpenBatch> batches(LocalDate from, LocalDate to, Function<OpenBatch, LocalDate> date) {
        return programs.openBatches().stream()
                .filter(batch -> batch.stage() != BatchStage.DRAFT && within(date.apply(batch), from, to))
                .collect(Collectors.toMap(OpenBatch::id, Function.identity()));
    }

    private Collection<Long> office() {
        return accounts.userIdsWithRole(Role.OFFICE);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static String label(String batch, String unit, LocalDate deadline) {
        return batch + " · " + (unit == null ? "" : unit) + " · " + deadline;
    }
}
