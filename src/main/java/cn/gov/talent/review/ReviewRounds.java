package cn.gov.talent.review;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import tools.jackson.databind.json.JsonMapper;

/**
 * 评审组织: the office's side of the review stage. Rounds, the draw of experts (stored with its
 * seed and inputs, 002 art. 21), a single slot redrawn after a conflict or a decline, adjustments
 * by hand with a reason, reopening a submitted review. Every action is audited.
 */
@Service
@Transactional(readOnly = true)
public class ReviewRounds {

    /** The system actor that records the last review coming in. */
    static final Actor SYSTEM = Actor.system("review");

    private static final TransitionFacts REVIEWS_IN = TransitionFacts.everyReviewSubmitted();

    private final ReviewRoundRepository rounds;
    private final RoundCandidateRepository candidates;
    private final AssignmentRepository assignments;
    private final DrawRecordRepository draws;
    private final ExpertRepository experts;
    private final ReviewResultRepository results;
    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ReviewRounds(ReviewRoundRepository rounds, RoundCandidateRepository candidates, AssignmentRepository assignments,
            DrawRecordRepository draws, ExpertRepository experts, ReviewResultRepository results,
            Applications applications, Dossiers dossiers, Programs programs, AuditTrail audit,
            Notifications notifications, JsonMapper json, JdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.assignments = assignments;
        this.draws = draws;
        this.experts = experts;
        this.results = results;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.audit = audit;
        this.notifications = notifications;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ReviewRound> rounds(long batchId) {
        return rounds.findByBatchIdOrderByNumberAsc(batchId);
    }

    public ReviewRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow();
    }

    /**
     * Opens the next round of a batch. Round 1 takes every qualified application; a later round
     * needs the one before it aggregated and takes the top N of each of its categories.
     */
    @Transactional
    public ReviewRound createRound(long batchId, ReviewMode mode, int expertsPerApplication, LocalDate deadline,
            Integer topN, Actor actor) {
        return createRound(batchId, mode, expertsPerApplication, deadline, topN, List.of(), actor);
    }

    /**
     * Opens the next round of a batch. Round 1 takes every qualified application; a later round
     * needs the one before it aggregated and takes either the top N of each of its categories or
     * the applications chosen by serial number (all of which must have been in that round).
     */
    @Transactional
    public ReviewRound createRound(long batchId, ReviewMode mode, int expertsPerApplication, LocalDate deadline,
            Integer topN, List<String> chosenSerials, Actor actor) {
        if (mode == null) {
            throw new Refusal("review.round.modeRequired");
        }
        if (expertsPerApplication < 1 || expertsPerApplication > 15) {
            throw new Refusal("review.round.expertsRange");
        }
        if (programs.rubric(batchId).isEmpty()) {
            throw new Refusal("review.round.noRubric");
        }
        if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
            throw new Refusal("review.round.deadlinePast");
        }
        ReviewRound previous = rounds.findFirstByBatchIdOrderByNumberDesc(batchId).orElse(null);
        if (previous != null && previous.getAggregatedAt() == null) {
            throw new Refusal("review.round.previousNotAggregated", previous.getNumber());
        }
        boolean chosen = chosenSerials != null && !chosenSerials.isEmpty();
        if (previous != null && !chosen && (topN == null || topN < 1)) {
            throw new Refusal("review.round.topNRequired");
        }
        List<RoundCandidate> carried = List.of();
        if (previous != null) {
            List<RoundCandidate> before = candidates.findByRoundId(previous.getId());
            if (chosen) {
                Map<String, RoundCandidate> bySerial = before.stream()
                        .collect(Collectors.toMap(RoundCandidate::getSerialNo, candidate -> candidate));
                List<String> unknown = chosenSerials.stream().filter(serial -> !bySerial.containsKey(serial)).toList();
                if (!unknown.isEmpty()) {
                    throw new Refusal("review.round.chosenUnknown", String.join("、", unknown),
                            previous.getNumber());
                }
                carried = chosenSerials.stream().distinct().map(bySerial::get).toList();
            } else {
                Map<Long, RoundCandidate> byId = before.stream()
                        .collect(Collectors.toMap(RoundCandidate::getApplicationId, candidate -> candidate));
                carried = results.findByRoundIdAndRankInCategoryLessThanEqual(previous.getId(), topN).stream()
                        .map(result -> byId.get(result.getApplicationId())).toList();
            }
        }
        ReviewRound round = rounds.save(new ReviewRound(batchId, previous == null ? 1 : previous.getNumber() + 1, mode,
                expertsPerApplication, deadline, previous == null || chosen ? null : topN, clock.instant()));
        int taken;
        if (previous == null) {
            taken = addQualified(round);
        } else {
            insertCandidates(round, carried.stream().map(candidate -> new RoundCandidate(round.getId(),
                    candidate.getApplicationId(), candidate.getCategoryId(), candidate.getDisciplineCode(),
                    candidate.getSerialNo(), candidate.getApplicantName(), candidate.getEmployerName())).toList());
            taken = carried.size();
        }
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", round.getId(), label(round), "CREATE_ROUND", null,
                mode.name(), "experts=" + expertsPerApplication + ", candidates=" + taken
                        + (previous == null ? "" : chosen ? ", chosen=" + String.join(",", chosenSerials)
                                : ", top=" + topN)));
        return round;
    }

    @Transactional
    public void changeDeadline(long roundId, LocalDate deadline, Actor actor) {
        ReviewRound round = round(roundId);
        LocalDate before = round.getDeadline();
        round.changeDeadline(deadline);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, label(round), "CHANGE_DEADLINE",
                String.valueOf(before), String.valueOf(deadline), null));
    }

    /**
     * Draws K experts for every candidate of the round that has none yet (round 1 first takes in
     * applications qualified since). The seed, inputs and result are stored; the applications
     * that got experts enter review; the experts are told.
     */
    @Transactional
    public DrawOutcome draw(long roundId, Actor actor) {
        ReviewRound round = round(roundId);
        if (round.getAggregatedAt() != null) {
            throw new Refusal("review.round.alreadyAggregated");
        }
        if (round.getNumber() == 1) {
            addQualified(round);
        }
        Set<Long> withPanel = new HashSet<>(activeApplications(roundId));
        List<RoundCandidate> waiting = candidates.findByRoundId(roundId).stream()
                .filter(candidate -> !withPanel.contains(candidate.getApplicationId())).toList();
        if (waiting.isEmpty()) {
            throw new Refusal("review.draw.nothingToDraw");
        }
        List<ExpertDraw.Candidate> inputs = candidateInputs(waiting, Map.of());
        List<ExpertDraw.Reviewer> reviewers = reviewers(roundId);
        long seed = seeds.nextLong();
        ExpertDraw.Result result = ExpertDraw.draw(inputs, reviewers, round.getExpertsPerApplication(), seed);
        DrawRecord record = draws.save(new DrawRecord(roundId, null, seed, round.getExpertsPerApplication(),
                json.writeValueAsString(new DrawInputs(inputs, reviewers)), json.writeValueAsString(result), null,
                actor.username(), Instant.now(clock)));
        DrawOutcome outcome = apply(round, waiting, result, record, actor);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, label(round), "DRAW_EXPERTS", null, null,
                "draw=" + record.getId() + ", seed=" + seed + ", applications=" + outcome.applicationsAssigned()
                        + ", unfilled=" + outcome.applicationsUnfilled()));
        return outcome;
    }

    /**
     * 补抽: redraws the empty slots of one application (after a conflict, a decline, a removal, or
     * when the pool was short), never an expert already on its panel in this round.
     */
    @Transactional
    public DrawOutcome redraw(long roundId, long applicationId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        ReviewRound round = round(roundId);
        if (round.getAggregatedAt() != null) {
            throw new Refusal("review.round.alreadyAggregated");
        }
        RoundCandidate candidate = candidate(roundId, applicationId);
        int missing = round.getExpertsPerApplication() - (int) assignments.countActive(roundId, applicationId);
        if (missing <= 0) {
            throw new Refusal("review.redraw.full", candidate.getSerialNo());
        }
        Set<Long> onPanel = assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .map(Assignment::getExpertId).collect(Collectors.toSet());
        List<ExpertDraw.Candidate> inputs = candidateInputs(List.of(candidate), Map.of(applicationId, onPanel));
        List<ExpertDraw.Reviewer> reviewers = reviewers(roundId);
        long seed = seeds.nextLong();
        ExpertDraw.Result result = ExpertDraw.draw(inputs, reviewers, missing, seed);
        DrawRecord record = draws.save(new DrawRecord(roundId, applicationId, seed, missing,
                json.writeValueAsString(new DrawInputs(inputs, reviewers)), json.writeValueAsString(result),
                reason.trim(), actor.username(), Instant.now(clock)));
        DrawOutcome outcome = apply(round, List.of(candidate), result, record, actor);
        int drawn = result.assignments().getOrDefault(applicationId, List.of()).size();
        candidate.leaveUnfilled(missing - drawn, drawn == missing ? null
                : result.unfilled().stream().findFirst().map(ExpertDraw.Unfilled::reasonKey).orElse(null));
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, candidate.getSerialNo(), "REDRAW_SLOT", null,
                null, reason.trim() + "（draw=" + record.getId() + ", seed=" + seed + ", drawn=" + drawn + "/" + missing
                        + "）"));
        return outcome;
    }

    /**
     * Assigns an expert by hand, with a reason. The rules that protect the applicant still hold:
     * the expert is active, not from the applicant's employer, not on the avoid list, has not
     * declared a conflict, is not already on the panel and is below their maximum load.
     */
    @Transactional
    public void assignByHand(long roundId, long applicationId, long expertId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        ReviewRound round = round(roundId);
        RoundCandidate candidate = candidate(roundId, applicationId);
        Expert expert = experts.findById(expertId).orElseThrow(() -> new Refusal("review.expert.missing"));
        Set<Long> onPanel = assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .map(Assignment::getExpertId).collect(Collectors.toSet());
        if (onPanel.contains(expertId)) {
            throw new Refusal("review.assign.alreadyOnPanel", expert.getFullName());
        }
        ExpertDraw.Candidate input = candidateInputs(List.of(candidate), Map.of()).get(0);
        if (expert.getStatus() != ExpertStatus.ACTIVE
                || ExpertDraw.conflicts(expertId, expert.getFullName(), expert.getEmployerName(), input)) {
            throw new Refusal("review.assign.notAllowed", expert.getFullName());
        }
        long load = assignments.loadOf(roundId, expertId);
        if (load >= expert.getMaxLoad()) {
            throw new Refusal("review.assign.fullLoad", expert.getFullName(), expert.getMaxLoad());
        }
        assignments.save(new Assignment(roundId, applicationId, expertId, null, clock.instant()));
        int missing = round.getExpertsPerApplication() - (int) assignments.countActive(roundId, applicationId);
        candidate.leaveUnfilled(Math.max(0, missing), candidate.getUnfilledReason());
        enterReview(List.of(applicationId), actor);
        notifyExperts(List.of(expertId), round);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, candidate.getSerialNo(), "ASSIGN_BY_HAND", null,
                expert.getFullName(), reason.trim()));
    }

    /** Takes an expert off a panel by hand (e.g. unreachable), with a reason; the slot stays open to redraw. */
    @Transactional
    public void removeByHand(long assignmentId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        Assignment assignment = assignment(assignmentId);
        if (assignment.getStatus() != AssignmentStatus.ASSIGNED) {
            throw new Refusal("review.remove.notAssigned");
        }
        assignment.remove(reason.trim());
        reopenSlot(assignment, "draw.unfilled.removed");
        audit.record(new AuditEntry(actor, "REVIEW_ASSIGNMENT", assignmentId, serialOf(assignment), "REMOVE_EXPERT",
                AssignmentStatus.ASSIGNED.name(), AssignmentStatus.REMOVED.name(), reason.trim()));
    }

    /** Reopens a submitted review so the expert can change it, with a reason; the ranking must be recomputed. */
    @Transactional
    public void reopen(long assignmentId, String reason, Actor actor) {
        if (!StringUtils.hasText(reason)) {
            throw new Refusal("review.reasonRequired");
        }
        Assignment assignment = assignment(assignmentId);
        if (assignment.getStatus() != AssignmentStatus.SUBMITTED) {
            throw new Refusal("review.reopen.notSubmitted");
        }
        ReviewRound round = round(assignment.getRoundId());
        if (round.getAggregatedAt() != null) {
            round.markAggregated(null);
            results.deleteByRound(round.getId());
        }
        assignment.reopen(reason.trim());
        notifyExperts(List.of(assignment.getExpertId()), round);
        audit.record(new AuditEntry(actor, "REVIEW_ASSIGNMENT", assignmentId, serialOf(assignment), "REOPEN_REVIEW",
                AssignmentStatus.SUBMITTED.name(), AssignmentStatus.ASSIGNED.name(), reason.trim()));
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

    public RoundPage page(long roundId, Long categoryId, boolean unfilledOnly, Pageable pageable) {
        var page = candidates.search(roundId, categoryId, unfilledOnly, pageable);
        List<Long> ids = page.map(RoundCandidate::getApplicationId).getContent();
        Map<Long, List<PanelSeat>> panels = ids.isEmpty() ? Map.of()
                : assignments.panels(roundId, ids).stream().collect(Collectors.groupingBy(PanelSeat::applicationId));
        return new RoundPage(page, panels);
    }

    /** The experts who submitted a review of the application, in any round (for questions on an objection). */
    public List<Long> reviewersOf(long applicationId) {
        return jdbc.queryForList("""
                select distinct expert_id from review_assignment where application_id = ? and status = 'SUBMITTED'
                order by expert_id
                """, Long.class, applicationId);
    }

    /** One application's panel in a round, every seat in the order assigned (for the office). */
    public List<Assignment> panel(long roundId, long applicationId) {
        return assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .sorted(java.util.Comparator.comparing(Assignment::getId)).toList();
    }

    /** Names of experts by id (for the office's panel page). */
    public Map<Long, Expert> experts(Collection<Long> ids) {
        return experts.findAllById(ids).stream().collect(Collectors.toMap(Expert::getId, expert -> expert));
    }

    /** Experts the office could add by hand to this application's panel: eligible, not on it, below full load. */
    public List<ExpertDraw.Reviewer> eligibleFor(long roundId, long applicationId) {
        RoundCandidate candidate = candidate(roundId, applicationId);
        Set<Long> onPanel = panel(roundId, applicationId).stream().map(Assignment::getExpertId)
                .collect(Collectors.toSet());
        ExpertDraw.Candidate input = candidateInputs(List.of(candidate), Map.of(applicationId, onPanel)).get(0);
        return reviewers(roundId).stream().filter(reviewer -> ExpertDraw.isEligible(reviewer, input)
                && reviewer.currentLoad() < reviewer.maxLoad()).toList();
    }

    public RoundProgress progress(long roundId) {
        Map<AssignmentStatus, Long> byStatus = new HashMap<>();
        assignments.countByStatus(roundId).forEach(row -> byStatus.put((AssignmentStatus) row[0], (Long) row[1]));
        return new RoundProgress(candidates.countByRoundId(roundId), candidates.candidatesWithUnfilled(roundId),
                candidates.unfilledSlots(roundId), byStatus.getOrDefault(AssignmentStatus.ASSIGNED, 0L),
                byStatus.getOrDefault(AssignmentStatus.SUBMITTED, 0L),
                byStatus.getOrDefault(AssignmentStatus.CONFLICT, 0L),
                byStatus.getOrDefault(AssignmentStatus.REMOVED, 0L));
    }

    public org.springframework.data.domain.Page<DrawSummary> drawRecords(long roundId, Pageable pageable) {
        return draws.summaries(roundId, pageable);
    }

    /** 复核: runs a stored draw again from its stored seed and inputs (for the supervisors). */
    public Rerun rerun(long drawId) {
        DrawRecord record = draws.findById(drawId).orElseThrow();
        DrawInputs inputs = json.readValue(record.getInputs(), DrawInputs.class);
        ExpertDraw.Result stored = json.readValue(record.getResult(), ExpertDraw.Result.class);
        ExpertDraw.Result now = ExpertDraw.draw(inputs.candidates(), inputs.reviewers(),
                record.getExpertsPerApplication(), record.getSeed());
        Map<Long, String> names = new HashMap<>();
        inputs.reviewers().forEach(reviewer -> names.put(reviewer.expertId(), reviewer.name()));
        return new Rerun(record, inputs, stored, now, names);
    }

    /** The serial number of each application of the round, by id (for the draw record page). */
    public Map<Long, String> serialNumbers(long roundId) {
        Map<Long, String> serials = new HashMap<>();
        jdbc.query("select application_id, serial_no from round_candidate where round_id = ?",
                (java.sql.ResultSet row) -> {
                    serials.put(row.getLong(1), row.getString(2));
                }, roundId);
        return serials;
    }

    /** Active experts who could take a slot, with their disciplines and their load in this round. */
    public List<ExpertDraw.Reviewer> reviewers(long roundId) {
        Map<Long, Long> loads = new HashMap<>();
        assignments.loads(roundId).forEach(row -> loads.put((Long) row[0], (Long) row[1]));
        Map<Long, Object[]> experts = new java.util.TreeMap<>();
        Map<Long, Set<String>> disciplines = new HashMap<>();
        for (Object[] row : this.experts.withDisciplines(ExpertStatus.ACTIVE)) {
            Long id = (Long) row[0];
            experts.putIfAbsent(id, row);
            disciplines.computeIfAbsent(id, key -> new java.util.TreeSet<>()).add((String) row[4]);
        }
        List<ExpertDraw.Reviewer> reviewers = new ArrayList<>();
        experts.forEach((id, row) -> reviewers.add(new ExpertDraw.Reviewer(id, (String) row[1], (String) row[2],
                disciplines.get(id), (Integer) row[3], loads.getOrDefault(id, 0L).intValue())));
        return reviewers;
    }

    private DrawOutcome apply(ReviewRound round, List<RoundCandidate> drawnFor, ExpertDraw.Result result,
            DrawRecord record, Actor actor) {
        Map<Long, ExpertDraw.Unfilled> unfilled = result.unfilled().stream()
                .collect(Collectors.toMap(ExpertDraw.Unfilled::applicationId, entry -> entry));
        // One statement with two arrays rather than a JDBC batch of single-row inserts: a whole round
        // is 100,000 rows (bench/run.sh: about 2.5 s instead of 5–6 s). Rows keep the draw's order.
        List<Long> applicationIds = new ArrayList<>();
        List<Long> expertIds = new ArrayList<>();
        result.assignments().forEach((applicationId, drawn) -> drawn.forEach(expertId -> {
            applicationIds.add(applicationId);
            expertIds.add(expertId);
        }));
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into review_assignment (round_id, application_id, expert_id, draw_id, status, created_at)
                    select ?, drawn.application_id, drawn.expert_id, ?, 'ASSIGNED', ?
                    from unnest(?::bigint[], ?::bigint[]) with ordinality as drawn (application_id, expert_id, n)
                    order by drawn.n
                    """);
            insert.setLong(1, round.getId());
            insert.setLong(2, record.getId());
            insert.setTimestamp(3, now);
            insert.setArray(4, connection.createArrayOf("bigint", applicationIds.toArray()));
            insert.setArray(5, connection.createArrayOf("bigint", expertIds.toArray()));
            return insert;
        });
        List<Long> withPanel = new ArrayList<>();
        for (RoundCandidate candidate : drawnFor) {
            ExpertDraw.Unfilled missing = unfilled.get(candidate.getApplicationId());
            candidate.leaveUnfilled(missing == null ? 0 : missing.missing(), missing == null ? null : missing.reasonKey());
            if (!result.assignments().getOrDefault(candidate.getApplicationId(), List.of()).isEmpty()) {
                withPanel.add(candidate.getApplicationId());
            }
        }
        enterReview(withPanel, actor);
        notifyExperts(result.assignments().values().stream().flatMap(List::stream).distinct().toList(), round);
        return new DrawOutcome(record.getId(), withPanel.size(), unfilled.size());
    }

    /**
     * Applications with a panel are in review: those QUALIFIED (round 1) or REVIEWED (a later
     * round) move with one bulk transition; the others (already in review) stay as they are.
     */
    private void enterReview(List<Long> applicationIds, Actor actor) {
        Map<Long, ApplicationStatus> statuses = applications.statuses(applicationIds);
        List<Long> entering = applicationIds.stream().filter(id -> statuses.get(id) == ApplicationStatus.QUALIFIED
                || statuses.get(id) == ApplicationStatus.REVIEWED).toList();
        applications.fireAll(entering, WorkflowEvent.ASSIGN_EXPERTS, actor, null, TransitionFacts.NONE);
    }

    private void notifyExperts(Collection<Long> expertIds, ReviewRound round) {
        if (!expertIds.isEmpty()) {
            notifications.send(experts.userIdsOf(expertIds), "notification.review.assigned", label(round),
                    "/review/tasks");
        }
    }

    /** The draw's view of applications: discipline, employer, avoid list, and who must not be drawn. */
    private List<ExpertDraw.Candidate> candidateInputs(List<RoundCandidate> list, Map<Long, Set<Long>> alsoExcluded) {
        List<Long> ids = list.stream().map(RoundCandidate::getApplicationId).toList();
        Map<Long, List<String>> avoid = dossiers.avoidLists(ids);
        Map<Long, Set<Long>> conflicts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            assignments.conflicts(ids.subList(from, Math.min(ids.size(), from + 1000))).forEach(row -> conflicts
                    .computeIfAbsent((Long) row[0], key -> new java.util.TreeSet<>()).add((Long) row[1]));
        }
        return list.stream().map(candidate -> {
            Set<Long> excluded = new java.util.TreeSet<>(conflicts.getOrDefault(candidate.getApplicationId(), Set.of()));
            excluded.addAll(alsoExcluded.getOrDefault(candidate.getApplicationId(), Set.of()));
            return new ExpertDraw.Candidate(candidate.getApplicationId(), candidate.getDisciplineCode(),
                    candidate.getEmployerName(),
                    new LinkedHashSet<>(avoid.getOrDefault(candidate.getApplicationId(), List.of())), excluded);
        }).toList();
    }

    private int addQualified(ReviewRound round) {
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

    private void insertCandidates(ReviewRound round, List<RoundCandidate> list) {
        jdbc.batchUpdate("""
                insert into round_candidate (round_id, application_id, category_id, discipline_code, serial_no,
                    applicant_name, employer_name) values (?, ?, ?, ?, ?, ?, ?)
                """, list.stream().map(candidate -> new Object[] {round.getId(), candidate.getApplicationId(),
                candidate.getCategoryId(), candidate.getDisciplineCode(), candidate.getSerialNo(),
                candidate.getApplicantName(), candidate.getEmployerName()}).toList());
    }

    private List<Long> activeApplications(long roundId) {
        return jdbc.queryForList("""
                select distinct application_id from review_assignment
                where round_id = ? and status in ('ASSIGNED', 'SUBMITTED')
                """, Long.class, roundId);
    }

    RoundCandidate candidate(long roundId, long applicationId) {
        return candidates.findByRoundIdAndApplicationId(roundId, applicationId)
                .orElseThrow();
    }

    Assignment assignment(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow();
    }

    private String serialOf(Assignment assignment) {
        return candidates.findByRoundIdAndApplicationId(assignment.getRoundId(), assignment.getApplicationId())
                .map(RoundCandidate::getSerialNo).orElse(null);
    }

    static String label(ReviewRound round) {
        return "batch " + round.getBatchId() + " / round " + round.getNumber();
    }
}
