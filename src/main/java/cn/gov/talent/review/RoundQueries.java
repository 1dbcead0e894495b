package cn.gov.talent.review;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review organisation's pages read: the rounds of a batch, a round's candidates with their
 * panels, its progress and its draw records, an application's panel and reviewers. Changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class RoundQueries {

    private final RoundSupport support;
    private final ReviewRoundRepository rounds;
    private final RoundCandidateRepository candidates;
    private final AssignmentRepository assignments;
    private final DrawRecordRepository draws;
    private final ExpertRepository experts;
    private final JdbcTemplate jdbc;

    RoundQueries(RoundSupport support, ReviewRoundRepository rounds, RoundCandidateRepository candidates,
            AssignmentRepository assignments, DrawRecordRepository draws, ExpertRepository experts, JdbcTemplate jdbc) {
        this.support = support;
        this.rounds = rounds;
        this.candidates = candidates;
        this.assignments = assignments;
        this.draws = draws;
        this.experts = experts;
        this.jdbc = jdbc;
    }

    /**
     * The experts' reviews still to submit, expert by expert, in the rounds not yet aggregated whose deadline
     * falls from {@code from} to {@code to} (the reminders of the experts' due date). Not scoped: a system task.
     */
    public List<ReviewDue> reviewsDue(LocalDate from, LocalDate to) {
        return assignments.dueBetween(from, to);
    }

    public List<ReviewRound> rounds(long batchId) {
        return rounds.findByBatchIdOrderByNumberAsc(batchId);
    }

    public ReviewRound round(long roundId) {
        return support.round(roundId);
    }

    /** An application's place in a round: serial number, unfilled slots (for the office's and the expert's pages). */
    RoundCandidate candidate(long roundId, long applicationId) {
        return support.candidate(roundId, applicationId);
    }

    /** One seat of a panel, by id. */
    Assignment assignment(long assignmentId) {
        return support.assignment(assignmentId);
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
                .sorted(Comparator.comparing(Assignment::getId)).toList();
    }

    /**
     * What the round's aggregation made of each submitted review of the application, by expert id: empty until the
     * round is aggregated, and again once a review is reopened (for the office's panel page).
     */
    public Map<Long, NormalisedScore> normalisedScores(long roundId, long applicationId) {
        Map<Long, NormalisedScore> scores = new HashMap<>();
        jdbc.query("""
                select s.expert_id, s.z_score, s.outlier
                from review_result r
                cross join unnest(r.review_expert_ids, r.review_z_scores, r.review_outliers)
                    as s (expert_id, z_score, outlier)
                where r.round_id = ? and r.application_id = ?
                """, (ResultSet row) -> {
            scores.put(row.getLong(1), new NormalisedScore(row.getLong(1), row.getBigDecimal(2), row.getBoolean(3)));
        }, roundId, applicationId);
        return scores;
    }

    /** Names of experts by id (for the office's panel page). */
    public Map<Long, Expert> experts(Collection<Long> ids) {
        return experts.findAllById(ids).stream().collect(Collectors.toMap(Expert::getId, expert -> expert));
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

    /**
     * Where one batch's review stands: its latest round, that round's deadline and reviews (assigned, submitted),
     * whether the proposed list is confirmed, and the units whose department gave its opinion on it.
     */
    record BatchRound(long batchId, int round, LocalDate deadline, long assigned, long submitted,
            boolean proposalConfirmed, Set<Long> opinionUnits) {
    }

    /**
     * Where the review of each of these batches stands, for those with a round (the home page's dashboard, through
     * {@link Proposals#progressByBatch}): one statement whatever the number of batches.
     */
    List<BatchRound> progressByBatch(Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        return rounds.progressByBatch(batchIds).stream().map(row -> new BatchRound(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue(), date(row[2]), ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(), Boolean.TRUE.equals(row[5]), units((String) row[6]))).toList();
    }

    private static Set<Long> units(String ids) {
        return ids == null || ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** A date column of a native query: java.time by default, the JDBC type where configured so. */
    private static LocalDate date(Object value) {
        return value == null ? null
                : value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    public Page<DrawSummary> drawRecords(long roundId, Pageable pageable) {
        return draws.summaries(roundId, pageable);
    }

    /** The serial number of each application of the round, by id (for the draw record page). */
    public Map<Long, String> serialNumbers(long roundId) {
        Map<Long, String> serials = new HashMap<>();
        jdbc.query("select application_id, serial_no from round_candidate where round_id = ?",
                (ResultSet row) -> {
                    serials.put(row.getLong(1), row.getString(2));
                }, roundId);
        return serials;
    }
}
