package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.talent.review.ReviewAggregation.Aggregate;
import cn.gov.talent.review.ReviewAggregation.Entry;
import cn.gov.talent.review.ReviewAggregation.Result;
import cn.gov.talent.review.ReviewAggregation.ReviewStat;
import cn.gov.talent.review.ReviewAggregation.Score;

/** Hand-computed examples of each aggregation rule. */
class ReviewAggregationTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("20");
    private static final long CATEGORY = 1;
    private static final String GROUP = "理工";

    // ---- mean and trimmed mean -------------------------------------------------------------------------------

    static Stream<Arguments> meansAndTrimmedMeans() {
        return Stream.of(
                arguments("4 reviews: trimmed mean equals the mean", List.of("80", "70", "90", "60"), "75.00", "75.00"),
                arguments("5 reviews: one highest and one lowest dropped, (80+70+85)/3",
                        List.of("80", "70", "90", "60", "85"), "77.00", "78.33"),
                arguments("6 reviews with duplicated extremes: only one 90 and one 60 dropped, (90+60+60+84)/4",
                        List.of("90", "90", "60", "60", "60", "84"), "74.00", "73.50"),
                arguments("80, 80, 81 rounds to 80.33", List.of("80", "80", "81"), "80.33", "80.33"),
                arguments("1, 2 is shown as 1.50", List.of("1", "2"), "1.50", "1.50"),
                arguments("1, 2, 2 rounds up to 1.67", List.of("1", "2", "2"), "1.67", "1.67"),
                arguments("80.005 rounds half up to 80.01", List.of("80.00", "80.01"), "80.01", "80.01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("meansAndTrimmedMeans")
    void meanAndTrimmedMeanAreRoundedHalfUpToTwoDecimals(String rule, List<String> totals, String mean,
            String trimmedMean) {
        Result result = only(aggregate(List.of(entry(1, "A001")), reviewsOf(1, 0, totals)));

        assertThat(result.reviews()).isEqualTo(totals.size());
        assertThat(result.mean()).isEqualTo(new BigDecimal(mean));
        assertThat(result.trimmedMean()).isEqualTo(new BigDecimal(trimmedMean));
    }

    @Test
    void agreeVotesCountTheReviewsThatAgree() {
        Result result = only(aggregate(List.of(entry(1, "A001")), reviewsOf(1, 3, List.of("80", "70", "90", "60"))));

        assertThat(result.agreeVotes()).isEqualTo(3);
    }

    // ---- z-scores ----------------------------------------------------------------------------------------------

    @Test
    void zScoreMeasuresEachReviewAgainstTheExpertsOwnMeanAndPopulationDeviation() {
        // Expert 7 gives 70, 80, 90: mean 80, population sd √(200/3) = 8.1650, so z = ∓10 / 8.1650 = ∓1.2247.
        List<Score> scores = List.of(score(1, 7, "70", false), score(2, 7, "80", false), score(3, 7, "90", false));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A002"), entry(3, "A003")), scores);

        assertThat(aggregate.reviews()).extracting(ReviewStat::zScore).containsExactly(new BigDecimal("-1.2247"),
                new BigDecimal("0.0000"), new BigDecimal("1.2247"));
    }

    @Test
    void anExpertWithASingleReviewOrWithEqualTotalsHasZeroZ() {
        List<Score> scores = List.of(score(1, 7, "95", false), score(1, 8, "75", false), score(2, 8, "75", false));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A002")), scores);

        assertThat(aggregate.reviews()).extracting(ReviewStat::zScore).containsOnly(new BigDecimal("0.0000"));
        assertThat(aggregate.results()).extracting(Result::meanZ).containsOnly(new BigDecimal("0.0000"));
    }

    @Test
    void meanZOfAnApplicationAveragesTheZOfItsExperts() {
        // Expert 7: 70, 80, 90 → z −1.2247…, 0, +1.2247…; expert 8: 60, 100 → mean 80, sd 20 → z −1, +1.
        List<Score> scores = List.of(score(1, 7, "70", false), score(2, 7, "80", false), score(3, 7, "90", false),
                score(1, 8, "60", false), score(2, 8, "100", false));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A002"), entry(3, "A003")), scores);

        // Application 1: (−1.224745 − 1) / 2 = −1.112372; application 2: (0 + 1) / 2; application 3: expert 7 alone.
        assertThat(aggregate.results()).extracting(Result::meanZ).containsExactly(new BigDecimal("-1.1124"),
                new BigDecimal("0.5000"), new BigDecimal("1.2247"));
    }

    @Test
    void reviewsOfApplicationsNotAggregatedStillCountForTheExpertsZ() {
        // Expert 7 also scored application 99 (not an entry): mean 80, sd 10, so the 70 is z = −1.
        List<Score> scores = List.of(score(1, 7, "70", false), score(99, 7, "90", false));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001")), scores);

        assertThat(aggregate.results()).extracting(Result::applicationId, Result::meanZ)
                .containsExactly(tuple(1L, new BigDecimal("-1.0000")));
        assertThat(aggregate.reviews()).extracting(ReviewStat::applicationId, ReviewStat::zScore)
                .containsExactly(tuple(1L, new BigDecimal("-1.0000")), tuple(99L, new BigDecimal("1.0000")));
    }

    // ---- outliers ----------------------------------------------------------------------------------------------

    static Stream<Arguments> outliers() {
        return Stream.of(
                arguments("median 80: only 50 is more than 20 away", List.of("80", "82", "78", "81", "50"), "20",
                        List.of(false, false, false, false, true)),
                arguments("exactly at the threshold is not an outlier", List.of("80", "80", "60"), "20",
                        List.of(false, false, false)),
                arguments("fewer than 3 reviews are never outliers", List.of("90", "20"), "20", List.of(false, false)),
                arguments("even count: median of 60, 70, 80, 100 is 75, so only 100 is more than 15 away",
                        List.of("60", "70", "80", "100"), "15", List.of(false, false, false, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outliers")
    void aReviewFarFromTheApplicationsMedianIsAnOutlier(String rule, List<String> totals, String threshold,
            List<Boolean> expected) {
        Aggregate aggregate = ReviewAggregation.aggregate(List.of(entry(1, "A001")), reviewsOf(1, 0, totals),
                new BigDecimal(threshold));

        assertThat(aggregate.reviews()).extracting(ReviewStat::outlier).containsExactlyElementsOf(expected);
        assertThat(only(aggregate).outliers()).isEqualTo((int) expected.stream().filter(outlier -> outlier).count());
    }

    // ---- ranking -----------------------------------------------------------------------------------------------

    @Test
    void equalTrimmedMeansAreBrokenByAgreeVotes() {
        List<Score> scores = concat(reviewsOf(1, 1, List.of("80", "80")), reviewsOf(2, 2, List.of("80", "80")));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A002")), scores);

        assertThat(aggregate.results()).extracting(Result::applicationId, Result::rankInGroup)
                .containsExactly(tuple(1L, 2), tuple(2L, 1));
    }

    @Test
    void equalTrimmedMeansAndVotesAreBrokenByMeanZ() {
        // Expert 7: 70, 90, 80 → z −1.2247, +1.2247, 0; expert 8: 90, 70 → z +1, −1. Every trimmed mean is 80.00.
        // Mean z: application 1 = −0.1124, application 2 = +0.1124, application 3 = 0.
        List<Score> scores = List.of(score(1, 7, "70", false), score(2, 7, "90", false), score(3, 7, "80", false),
                score(1, 8, "90", false), score(2, 8, "70", false));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A002"), entry(3, "A003")), scores);

        assertThat(aggregate.results()).extracting(Result::trimmedMean).containsOnly(new BigDecimal("80.00"));
        assertThat(aggregate.results()).extracting(Result::applicationId, Result::meanZ, Result::rankInGroup)
                .containsExactly(tuple(1L, new BigDecimal("-0.1124"), 3), tuple(2L, new BigDecimal("0.1124"), 1),
                        tuple(3L, new BigDecimal("0.0000"), 2));
    }

    @Test
    void whenEverythingIsEqualTheSmallerSerialNumberRanksFirst() {
        List<Score> scores = concat(reviewsOf(1, 1, List.of("80")), reviewsOf(2, 1, List.of("80")),
                reviewsOf(3, 1, List.of("80")));

        Aggregate aggregate = aggregate(List.of(entry(1, "2025-003"), entry(2, "2025-001"), entry(3, "2025-002")),
                scores);

        assertThat(aggregate.results()).extracting(Result::rankInGroup, Result::rankInCategory)
                .containsExactly(tuple(3, 3), tuple(1, 1), tuple(2, 2));
    }

    @Test
    void rankingComparesTheRoundedFiguresOfficialsSee() {
        // 80, 80, 81 averages 80.333…, shown as 80.33: equal to a plain 80.33, so the serial number decides.
        List<Score> scores = concat(reviewsOf(1, 0, List.of("80", "80", "81")), reviewsOf(2, 0, List.of("80.33")));

        Aggregate aggregate = aggregate(List.of(entry(1, "A002"), entry(2, "A001")), scores);

        assertThat(aggregate.results()).extracting(Result::applicationId, Result::trimmedMean, Result::rankInGroup)
                .containsExactly(tuple(1L, new BigDecimal("80.33"), 2), tuple(2L, new BigDecimal("80.33"), 1));
    }

    @Test
    void groupRankIsWithinTheDisciplineGroupAndCategoryRankAcrossAllGroupsOfTheCategory() {
        List<Entry> entries = List.of(new Entry(1, CATEGORY, "理工", "A001"), new Entry(2, CATEGORY, "理工", "A002"),
                new Entry(3, CATEGORY, "医学", "A003"), new Entry(4, CATEGORY, "医学", "A004"),
                new Entry(5, CATEGORY, null, "A005"));
        List<Score> scores = concat(reviewsOf(1, 0, List.of("90")), reviewsOf(2, 0, List.of("70")),
                reviewsOf(3, 0, List.of("80")), reviewsOf(4, 0, List.of("60")), reviewsOf(5, 0, List.of("85")));

        Aggregate aggregate = aggregate(entries, scores);

        // Groups: 理工 {90, 70}, 医学 {80, 60}, no group {85}; category: 90, 85, 80, 70, 60.
        assertThat(aggregate.results()).extracting(Result::applicationId, Result::rankInGroup, Result::rankInCategory)
                .containsExactly(tuple(1L, 1, 1), tuple(2L, 2, 4), tuple(3L, 1, 3), tuple(4L, 2, 5),
                        tuple(5L, 1, 2));
    }

    @Test
    void separateCategoriesRankIndependently() {
        List<Entry> entries = List.of(new Entry(1, 1, GROUP, "A001"), new Entry(2, 2, GROUP, "A002"));
        List<Score> scores = concat(reviewsOf(1, 0, List.of("90")), reviewsOf(2, 0, List.of("60")));

        Aggregate aggregate = aggregate(entries, scores);

        assertThat(aggregate.results()).extracting(Result::rankInGroup, Result::rankInCategory)
                .containsExactly(tuple(1, 1), tuple(1, 1));
    }

    @Test
    void entriesWithoutReviewsRankLastThenBySerialNumber() {
        List<Score> scores = reviewsOf(2, 0, List.of("50"));

        Aggregate aggregate = aggregate(List.of(entry(1, "A001"), entry(2, "A003"), entry(3, "A002")), scores);

        assertThat(aggregate.results()).extracting(Result::applicationId, Result::rankInGroup)
                .containsExactly(tuple(1L, 2), tuple(2L, 1), tuple(3L, 3));
        assertThat(aggregate.results().get(0)).isEqualTo(new Result(1, 0, null, null, 0, null, 0, 2, 2));
    }

    // ---- order -------------------------------------------------------------------------------------------------

    @Test
    void resultsKeepTheEntryOrderAndReviewStatsTheScoreOrder() {
        List<Score> scores = List.of(score(2, 7, "60", true), score(3, 8, "90", false), score(1, 9, "75", true));

        Aggregate aggregate = aggregate(List.of(entry(3, "A003"), entry(1, "A001"), entry(2, "A002")), scores);

        assertThat(aggregate.results()).extracting(Result::applicationId, Result::rankInGroup)
                .containsExactly(tuple(3L, 1), tuple(1L, 2), tuple(2L, 3));
        assertThat(aggregate.reviews()).extracting(ReviewStat::applicationId, ReviewStat::expertId)
                .containsExactly(tuple(2L, 7L), tuple(3L, 8L), tuple(1L, 9L));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Aggregate aggregate(List<Entry> entries, List<Score> scores) {
        return ReviewAggregation.aggregate(entries, scores, THRESHOLD);
    }

    private static Result only(Aggregate aggregate) {
        assertThat(aggregate.results()).hasSize(1);
        return aggregate.results().get(0);
    }

    private static Entry entry(long applicationId, String serialNo) {
        return new Entry(applicationId, CATEGORY, GROUP, serialNo);
    }

    private static Score score(long applicationId, long expertId, String total, boolean agree) {
        return new Score(applicationId, expertId, new BigDecimal(total), agree);
    }

    /** One review per total, each by an expert of its own (so every z is 0); the first {@code agreeVotes} agree. */
    private static List<Score> reviewsOf(long applicationId, int agreeVotes, List<String> totals) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            scores.add(score(applicationId, applicationId * 1000 + i, totals.get(i), i < agreeVotes));
        }
        return scores;
    }

    @SafeVarargs
    private static List<Score> concat(List<Score>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
