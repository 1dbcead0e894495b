package cn.gov.talent.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

    /** Takes into a round 1 the applications of its batch qualified and not yet in it; how many. */
    int addQualified(ReviewRound round) {
        Set<Long> present = candidates.findByRoundId(round.getId()).stream().map(RoundCandidate::getApplicationId)
                .collect(Collectors.toSet());
        List<RoundCandidate> fresh = applications.inBatch(round.getBatchId(), EnumSet.of(ApplicationStatus.QUALIFIED))
                .stream().filter(application -> !present.contains(application.getId()))
                .map(application -> new RoundCandidate(round.getId(), application.getId(),
                        application.getCategoryId(), application.getDisciplineCode(), application.getSerialNo(),
                        application.getApplicantName(), application.getEmployerName()))
                .toList();
        insertCandidates(round, fresh);
        return fresh.size();
    }

    void insertCandidates(ReviewRound round, List<RoundCandidate> list) {
        jdbc.batchUpdate("""
                insert into round_candidate (round_id, application_id, category_id, discipline_code, serial_no,
                    applicant_name, employer_name) values (?, ?, ?, ?, ?, ?, ?)
                """, list.stream().map(candidate -> new Object[] {round.getId(), candidate.getApplicationId(),
                candidate.getCategoryId(), candidate.getDisciplineCode(), candidate.getSerialNo(),
                candidate.getApplicantName(), candidate.getEmployerName()}).toList());
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
        for (int from = 0; from < ids.size(); from += 1000) {
            assignments.conflicts(ids.subList(from, Math.min(ids.size(), from + 1000))).forEach(row -> conflicts
                    .computeIfAbsent((Long) row[0], key -> new TreeSet<>()).add((Long) row[1]));
        }
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
