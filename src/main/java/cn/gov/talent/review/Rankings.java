package cn.gov.talent.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
    private final ReviewResultRepository results;
    private final Programs programs;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Rankings(RoundQueries rounds, RoundCandidateRepository candidates, ReviewResultRepository results,
            Programs programs, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.results = results;
        this.programs = programs;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Aggregates a complete round: refused while a slot is unfilled or a review is not yet submitted. Reads the
     * round's candidates and submitted totals, lets {@link ReviewAggregation} compute, and writes the results with
     * one statement, each application's row with its reviews' normalised scores and outlier flags: a round of
     * 20,000 applications and 100,000 reviews writes 20,000 rows and changes none of the reviews.
     */
    @Transactional
    public void aggregate(long roundId, Actor actor) {
        ReviewRound round = rounds.round(roundId);
        RoundProgress progress = rounds.progress(roundId);
        if (!progress.isComplete()) {
            throw new Refusal("review.aggregate.incomplete", progress.assigned(), progress.unfilledSlots());
        }
        Map<String, String> groups = new HashMap<>();
        programs.disciplines().forEach(discipline -> groups.put(discipline.getCode(), discipline.getGroupName()));
        List<RoundCandidate> all = candidates.copiesOf(roundId);
        List<ReviewAggregation.Entry> entries = all.stream().map(candidate -> new ReviewAggregation.Entry(
                candidate.getApplicationId(), candidate.getCategoryId(), groups.get(candidate.getDisciplineCode()),
                candidate.getSerialNo())).toList();
        // the submitted totals, 100,000 in a round of 20,000: read as plain rows, not through the session
        List<ReviewAggregation.Score> scores = jdbc.query("""
                select application_id, expert_id, total, recommendation from review_assignment
                where round_id = ? and status = 'SUBMITTED'
                """, (row, n) -> new ReviewAggregation.Score(row.getLong(1), row.getLong(2), row.getBigDecimal(3),
                Recommendation.AGREE.name().equals(row.getString(4))), roundId);
        List<RubricCriterion> rubric = programs.rubric(round.getBatchId());
        ReviewAggregation.Aggregate aggregate = ReviewAggregation.aggregate(entries, scores,
                ExpertReviews.maxTotal(rubric).multiply(OUTLIER_SHARE));

        results.deleteByRound(roundId);
        insertResults(roundId, entries, aggregate);
        round.markAggregated(Instant.now(clock));
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, RoundSupport.label(round), "AGGREGATE", null,
                null, null).withNote("audit.note.aggregate", all.size(), scores.size()));
    }

    /**
     * The results, one row per entry in the entries' order, with what the candidate's row copies (serial number,
     * applicant, employer) and the reviews' figures gathered per application: one statement.
     */
    private void insertResults(long roundId, List<ReviewAggregation.Entry> entries,
            ReviewAggregation.Aggregate aggregate) {
        int size = entries.size();
        Long[] applicationIds = new Long[size];
        String[] disciplineGroups = new String[size];
        Integer[] reviews = new Integer[size];
        BigDecimal[] means = new BigDecimal[size];
        BigDecimal[] trimmedMeans = new BigDecimal[size];
        Integer[] agreeVotes = new Integer[size];
        BigDecimal[] meanZs = new BigDecimal[size];
        Integer[] outliers = new Integer[size];
        Integer[] ranksInGroup = new Integer[size];
        Integer[] ranksInCategory = new Integer[size];
        for (int i = 0; i < size; i++) {
            ReviewAggregation.Result result = aggregate.results().get(i);
            applicationIds[i] = entries.get(i).applicationId();
            disciplineGroups[i] = entries.get(i).disciplineGroup();
            reviews[i] = result.reviews();
            means[i] = result.mean();
            trimmedMeans[i] = result.trimmedMean();
            agreeVotes[i] = result.agreeVotes();
            meanZs[i] = result.meanZ();
            outliers[i] = result.outliers();
            ranksInGroup[i] = result.rankInGroup();
            ranksInCategory[i] = result.rankInCategory();
        }
        List<ReviewAggregation.ReviewStat> stats = aggregate.reviews();
        Long[] statApplications = stats.stream().map(ReviewAggregation.ReviewStat::applicationId).toArray(Long[]::new);
        Long[] statExperts = stats.stream().map(ReviewAggregation.ReviewStat::expertId).toArray(Long[]::new);
        BigDecimal[] statZs = stats.stream().map(ReviewAggregation.ReviewStat::zScore).toArray(BigDecimal[]::new);
        Boolean[] statOutliers = stats.stream().map(ReviewAggregation.ReviewStat::outlier).toArray(Boolean[]::new);
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into review_result (round_id, application_id, category_id, discipline_group, serial_no,
                        applicant_name, employer_name, reviews, mean_score, trimmed_mean, agree_votes, mean_z, outliers,
                        rank_in_group, rank_in_category, review_expert_ids, review_z_scores, review_outliers)
                    select c.round_id, c.application_id, c.category_id, r.discipline_group, c.serial_no,
                        c.applicant_name, c.employer_name, r.reviews, r.mean_score, r.trimmed_mean, r.agree_votes,
                        r.mean_z, r.outliers, r.rank_in_group, r.rank_in_category, coalesce(s.expert_ids, '{}'),
                        coalesce(s.z_scores, '{}'), coalesce(s.outliers, '{}')
                    from unnest(?::bigint[], ?::text[], ?::int[], ?::numeric[], ?::numeric[], ?::int[], ?::numeric[],
                            ?::int[], ?::int[], ?::int[]) with ordinality
                        as r (application_id, discipline_group, reviews, mean_score, trimmed_mean, agree_votes, mean_z,
                            outliers, rank_in_group, rank_in_category, n)
                    join round_candidate c on c.round_id = ? and c.application_id = r.application_id
                    left join (
                        select s.application_id, array_agg(s.expert_id order by s.n) as expert_ids,
                            array_agg(s.z_score order by s.n) as z_scores, array_agg(s.outlier order by s.n) as outliers
                        from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::boolean[]) with ordinality
                            as s (application_id, expert_id, z_score, outlier, n)
                        group by s.application_id
                    ) s on s.application_id = r.application_id
                    order by r.n
                    """);
            insert.setArray(1, connection.createArrayOf("bigint", applicationIds));
            insert.setArray(2, connection.createArrayOf("text", disciplineGroups));
            insert.setArray(3, connection.createArrayOf("integer", reviews));
            insert.setArray(4, connection.createArrayOf("numeric", means));
            insert.setArray(5, connection.createArrayOf("numeric", trimmedMeans));
            insert.setArray(6, connection.createArrayOf("integer", agreeVotes));
            insert.setArray(7, connection.createArrayOf("numeric", meanZs));
            insert.setArray(8, connection.createArrayOf("integer", outliers));
            insert.setArray(9, connection.createArrayOf("integer", ranksInGroup));
            insert.setArray(10, connection.createArrayOf("integer", ranksInCategory));
            insert.setLong(11, roundId);
            insert.setArray(12, connection.createArrayOf("bigint", statApplications));
            insert.setArray(13, connection.createArrayOf("bigint", statExperts));
            insert.setArray(14, connection.createArrayOf("numeric", statZs));
            insert.setArray(15, connection.createArrayOf("boolean", statOutliers));
            return insert;
        });
    }

    public Page<ReviewResult> ranking(long roundId, Long categoryId, String group, Pageable pageable) {
        return results.search(roundId, categoryId, group, pageable);
    }

    /** The discipline groups (五大类) the ranking can be filtered by, in their order. */
    public List<String> disciplineGroups() {
        return programs.disciplines().stream().map(Discipline::getGroupName).distinct().toList();
    }
}
