package cn.gov.talent.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.RubricCriterion;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * 汇总排名: once every review of a round is in, computes each application's mean, trimmed mean,
 * agree votes and normalised score ({@link ReviewAggregation}) and stores the ranks, so the
 * ranking page and its export are plain paged queries.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {

    /** A review further than this share of the rubric's maximum from its panel's median is flagged. */
    static final BigDecimal OUTLIER_SHARE = new BigDecimal("0.20");

    private final RoundQueries rounds;
    private final RoundCandidateRepository candidates;
    private final AssignmentRepository assignments;
    private final ReviewResultRepository results;
    private final Programs programs;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Rankings(RoundQueries rounds, RoundCandidateRepository candidates, AssignmentRepository assignments,
            ReviewResultRepository results, Programs programs, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.assignments = assignments;
        this.results = results;
        this.programs = programs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Aggregates a complete round: refused while a slot is unfilled or a review is not yet submitted. */
    @Transactional
    public void aggregate(long roundId, Actor actor) {
        ReviewRound round = rounds.round(roundId);
        RoundProgress progress = rounds.progress(roundId);
        if (!progress.isComplete()) {
            throw new Refusal("review.aggregate.incomplete", progress.assigned(), progress.unfilledSlots());
        }
        Map<String, String> groups = new HashMap<>();
        programs.disciplines().forEach(discipline -> groups.put(discipline.getCode(), discipline.getGroupName()));
        List<RoundCandidate> all = candidates.findByRoundId(roundId);
        List<ReviewAggregation.Entry> entries = all.stream().map(candidate -> new ReviewAggregation.Entry(
                candidate.getApplicationId(), candidate.getCategoryId(), groups.get(candidate.getDisciplineCode()),
                candidate.getSerialNo())).toList();
        List<SubmittedScore> submitted = assignments.submittedScores(roundId);
        List<ReviewAggregation.Score> scores = submitted.stream().map(score -> new ReviewAggregation.Score(
                score.applicationId(), score.expertId(), score.total(),
                score.recommendation() == Recommendation.AGREE)).toList();
        List<RubricCriterion> rubric = programs.rubric(round.getBatchId());
        ReviewAggregation.Aggregate aggregate = ReviewAggregation.aggregate(entries, scores,
                ExpertReviews.maxTotal(rubric).multiply(OUTLIER_SHARE));

        results.deleteByRound(roundId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RoundCandidate candidate = all.get(i);
            ReviewAggregation.Result result = aggregate.results().get(i);
            rows.add(new Object[] {roundId, candidate.getApplicationId(), candidate.getCategoryId(),
                    groups.get(candidate.getDisciplineCode()), candidate.getSerialNo(), candidate.getApplicantName(),
                    candidate.getEmployerName(), result.reviews(), result.mean(), result.trimmedMean(),
                    result.agreeVotes(), result.meanZ(), result.outliers(), result.rankInGroup(),
                    result.rankInCategory()});
        }
        jdbc.batchUpdate("""
                insert into review_result (round_id, application_id, category_id, discipline_group, serial_no,
                    applicant_name, employer_name, reviews, mean_score, trimmed_mean, agree_votes, mean_z, outliers,
                    rank_in_group, rank_in_category) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.batchUpdate("""
                update review_assignment set z_score = ?, outlier = ?
                where round_id = ? and application_id = ? and expert_id = ? and status = 'SUBMITTED'
                """, aggregate.reviews().stream().map(review -> new Object[] {review.zScore(), review.outlier(),
                roundId, review.applicationId(), review.expertId()}).toList());
        round.markAggregated(Instant.now(clock));
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, RoundSupport.label(round), "AGGREGATE", null,
                null, null).withNote("audit.note.aggregate", all.size(), scores.size()));
    }

    public Page<ReviewResult> ranking(long roundId, Long categoryId, String group, Pageable pageable) {
        return results.search(roundId, categoryId, group, pageable);
    }

    /** The discipline groups (五大类) the ranking can be filtered by, in their order. */
    public List<String> disciplineGroups() {
        return programs.disciplines().stream().map(Discipline::getGroupName).distinct().toList();
    }
}
