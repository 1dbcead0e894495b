package cn.gov.talent.review;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.shared.Actor;

/**
 * What the review organisation's services share: looking up a round, a candidate and a seat; the
 * draw's view of applications and of the pool; taking applications into a round and into review;
 * telling experts; reopening a slot and completing an application's review. Depends on none of
 * {@link ReviewRounds}, {@link Draws}, {@link PanelAdjustments} and {@link RoundQueries}, which all
 * use it. Not transactional itself: its methods run in the transaction of the service calling them.
 */
@Component
class RoundSupport {

    /** The system actor that records the last review coming in. */
    static final Actor SYSTEM = Actor.system("review");

    /** A reason given by hand in the review stage: what its columns keep (draw, assignment, proposal entry). */
    static final int REASON_MAX = 1000;

    private static final TransitionFacts REVIEWS_IN = TransitionFacts.everyReviewSubmitted();

    private final ReviewRoundRepository rounds;
    private final RoundCandidateRepository candidates;
    private final AssignmentRepository assignments;
    private final ExpertRepository experts;
    private final Applications applications;
    private final Dossiers dossiers;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;

    RoundSupport(ReviewRoundRepository rounds, RoundCandidateRepository candidates, AssignmentRepository assignments,
            ExpertRepository experts, Applications applications, Dossiers dossiers, Notifications notifications,
            JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.assignments = assignments;
        this.experts = experts;
        this.applications = applications;
        this.dossiers = dossiers;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    ReviewRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow();
    }

    RoundCandidate candidate(long roundId, long applicationId) {
        return candidates.findByRoundIdAndApplicationId(roundId, applicationId)
                .orElseThrow();
    }

    Assignment assignment(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow();
    }

    String serialOf(Assignment assignment) {
        return candidates.findByRoundIdAndApplicationId(assignment.getRoundId(), assignment.getApplicationId())
                .map(RoundCandidate::getSerialNo).orElse(null);
    }

    static String label(ReviewRound round) {
        return "batch " + round.getBatchId() + " / round " + round.getNumber();
    }

    /**
     * Takes into a round 1 the applications of its batch qualified and not yet in it; how many. Reads their outlines
     * (not the applications) and writes them with one statement: a round 1 takes 20,000 at once.
     */
    int addQualified(ReviewRound round) {
        Set<Long> present = new HashSet<>(jdbc.queryForList(
                "select application_id from round_candidate where round_id = ?", Long.class, round.getId()));
        List<RoundCandidate> fresh = applications.outlinesInBatch(round.getBatchId(),
                EnumSet.of(ApplicationStatus.QUALIFIED)).stream()
                .filter(application -> !present.contains(application.id()))
                .map(application -> new RoundCandidate(round.getId(), application.id(), application.categoryId(),
                        application.disciplineCode(), application.serialNo(), application.applicantName(),
                        application.employerName()))
                .toList();
        insertCandidates(round, fresh);
        return fresh.size();
    }

    /** Takes these applications into the round, in order, with one statement. */
    void insertCandidates(ReviewRound round, List<RoundCandidate> list) {
        if (list.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into round_candidate (round_id, application_id, category_id, discipline_code, serial_no,
                        applicant_name, employer_name)
                    select ?, c.application_id, c.category_id, c.discipline_code, c.serial_no, c.applicant_name,
                        c.employer_name
                    from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                        as c (application_id, category_id, discipline_code, serial_no, applicant_name, employer_name, n)
                    order by c.n
                    """);
            insert.setLong(1, round.getId());
            insert.setArray(2, connection.createArrayOf("bigint",
                    list.stream().map(RoundCandidate::getApplicationId).toArray()));
            insert.setArray(3, connection.createArrayOf("bigint",
                    list.stream().map(RoundCandidate::getCategoryId).toArray()));
            insert.setArray(4, connection.createArrayOf("text",
                    list.stream().map(RoundCandidate::getDisciplineCode).toArray()));
            insert.setArray(5, connection.createArrayOf("text",
                    list.stream().map(RoundCandidate::getSerialNo).toArray()));
            insert.setArray(6, connection.createArrayOf("text",
                    list.stream().map(RoundCandidate::getApplicantName).toArray()));
            insert.setArray(7, connection.createArrayOf("text",
                    list.stream().map(RoundCandidate::getEmployerName).toArray()));
            return insert;
        });
    }

    /**
     * Applications with a panel are in review: those QUALIFIED (round 1) or REVIEWED (a later
     * round) move with one bulk transition; the others (already in review) stay as they are.
     */
    void enterReview(List<Long> applicationIds, Actor actor) {
        Map<Long, ApplicationStatus> statuses = applications.statuses(applicationIds);
        List<Long> entering = applicationIds.stream().filter(id -> statuses.get(id) == ApplicationStatus.QUALIFIED
                || statuses.get(id) == ApplicationStatus.REVIEWED).toList();
        applications.fireAll(entering, WorkflowEvent.ASSIGN_EXPERTS, actor, null, TransitionFacts.NONE);
    }

    void notifyExperts(Collection<Long> expertIds, ReviewRound round) {
        if (!expertIds.isEmpty()) {
            notifications.send(experts.userIdsOf(expertIds), "notification.review.assigned", label(round),
                    "/review/tasks");
        }
    }

    /** The draw's view of applications: discipline, employer, avoid list, and who must not be drawn. */
    List<ExpertDraw.Candidate> candidateInputs(List<RoundCandidate> list, Map<Long, Set<Long>> alsoExcluded) {
        List<Long> ids = list.stream().map(RoundCandidate::getApplicationId).toList();
        Map<Long, List<String>> avoid = dossiers.avoidLists(ids);
        Map<Long, Set<Long>> conflicts = new HashMap<>();
        // the experts who declared a conflict with these applications, in any round: one statement for them all,
        // after this transaction's changes (a conflict declared just now, its slot being redrawn)
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            assignments.flush();
        }
        jdbc.query(connection -> {
            var select = connection.prepareStatement("""
                    select application_id, expert_id from review_assignment
                    where application_id = any(?) and status = 'CONFLICT'
                    """);
            select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            return select;
        }, (ResultSet row) -> {
            conflicts.computeIfAbsent(row.getLong(1), key -> new TreeSet<>()).add(row.getLong(2));
        });
        return list.stream().map(candidate -> {
            Set<Long> excluded = new TreeSet<>(conflicts.getOrDefault(candidate.getApplicationId(), Set.of()));
            excluded.addAll(alsoExcluded.getOrDefault(candidate.getApplicationId(), Set.of()));
            return new ExpertDraw.Candidate(candidate.getApplicationId(), candidate.getDisciplineCode(),
                    candidate.getEmployerName(),
                    new LinkedHashSet<>(avoid.getOrDefault(candidate.getApplicationId(), List.of())), excluded);
        }).toList();
    }

    /** Active experts who could take a slot, with their disciplines and their load in this round. */
    List<ExpertDraw.Reviewer> reviewers(long roundId) {
        Map<Long, Long> loads = new HashMap<>();
        assignments.loads(roundId).forEach(row -> loads.put((Long) row[0], (Long) row[1]));
        Map<Long, Object[]> experts = new TreeMap<>();
        Map<Long, Set<String>> disciplines = new HashMap<>();
        for (Object[] row : this.experts.withDisciplines(ExpertStatus.ACTIVE)) {
            Long id = (Long) row[0];
            experts.putIfAbsent(id, row);
            disciplines.computeIfAbsent(id, key -> new TreeSet<>()).add((String) row[4]);
        }
        List<ExpertDraw.Reviewer> reviewers = new ArrayList<>();
        experts.forEach((id, row) -> reviewers.add(new ExpertDraw.Reviewer(id, (String) row[1], (String) row[2],
                disciplines.get(id), (Integer) row[3], loads.getOrDefault(id, 0L).intValue())));
        return reviewers;
    }

    /** After a conflict or a removal the slot is open again: counted as unfilled until redrawn. */
    void reopenSlot(Assignment assignment, String reasonKey) {
        ReviewRound round = round(assignment.getRoundId());
        RoundCandidate candidate = candidate(round.getId(), assignment.getApplicationId());
        int missing = round.getExpertsPerApplication()
                - (int) assignments.countActive(round.getId(), assignment.getApplicationId());
        candidate.leaveUnfilled(Math.max(0, missing), reasonKey);
    }

    /** When the last review of an application's panel comes in, the system moves it to REVIEWED. */
    void completeIfDone(ReviewRound round, long applicationId) {
        long active = assignments.countActive(round.getId(), applicationId);
        long open = assignments.countByRoundIdAndApplicationIdAndStatus(round.getId(), applicationId,
                AssignmentStatus.ASSIGNED);
        Application application = applications.find(applicationId).orElseThrow();
        if (active >= round.getExpertsPerApplication() && open == 0
                && application.getStatus() == ApplicationStatus.IN_REVIEW) {
            applications.fire(applicationId, WorkflowEvent.COMPLETE_REVIEWS, SYSTEM, null, REVIEWS_IN);
        }
    }
}
