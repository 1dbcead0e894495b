package cn.gov.talent.review;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toCollection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 评审结果汇总: turns the reviews submitted in one round into each application's aggregate and ranks.
 *
 * <p><b>Mean.</b> The mean is the arithmetic mean of the application's review totals, rounded half-up to two
 * decimals. An application without any review has no mean, trimmed mean or mean z-score, no agree votes and no
 * outliers, and is ranked after every application that has reviews.
 *
 * <p><b>Trimmed mean (去掉一个最高分和一个最低分).</b> With five or more reviews, one highest and one lowest total
 * are set aside (only one each, even if several experts gave the same extreme total) and the rest are
 * averaged; with fewer than five reviews the trimmed mean is the mean. Rounded half-up to two decimals.
 *
 * <p><b>Agree votes.</b> The number of reviews recommending the application (同意).
 *
 * <p><b>z-score.</b> To even out lenient and strict experts, each review is also measured against the expert's own
 * scoring in the round: z = (total − the expert's mean total) ÷ the population standard deviation of the expert's
 * totals, taken over every review the expert gave in the round. An expert with a single review, or who gave every
 * application the same total, has z = 0. Shown to four decimals, half-up. An application's mean z is the average of
 * its reviews' unrounded z, then rounded half-up to four decimals.
 *
 * <p><b>Outliers.</b> When an application has three or more reviews, a review whose total is more than the
 * threshold away from the median of the application's totals (strictly more; exactly the threshold is not an
 * outlier) is marked as an outlier. The median of an even number of totals is the mean of the two middle ones.
 * Outliers are reported for attention; they still count in every figure above.
 *
 * <p><b>Ranking.</b> Each application is ranked within its group (same category and same discipline group; having no
 * discipline group counts as a group of its own) and within its whole category. The higher trimmed mean comes first;
 * on equal trimmed means, more agree votes; then the higher mean z; then the smaller serial number. Figures are
 * compared as displayed (rounded), so what looks equal is treated as equal. The serial number makes every rank
 * distinct: 1, 2, 3, … with no shared places.
 *
 * <p>Pure: no database, no clock. Reviews of applications that are not among the entries count for their expert's
 * z-score but produce no result. Results come in the order of the entries; review statistics, one per score, in the
 * order of the scores.
 */
final class ReviewAggregation {

    /** One submitted review: its weighted total and the expert's recommendation (同意 = agree). */
    public record Score(long applicationId, long expertId, BigDecimal total, boolean agree) {
    }

    /**
     * How one application is ranked: the category and the discipline group it competes in, and the serial number
     * used as the final tie-break.
     */
    public record Entry(long applicationId, long categoryId, String disciplineGroup, String serialNo) {
    }

    /** A review with its score normalised for the expert (z-score) and whether it is an outlier. */
    public record ReviewStat(long applicationId, long expertId, BigDecimal total, BigDecimal zScore,
            boolean outlier) {
    }

    /** The aggregate of one application in one round, with its ranks. */
    public record Result(long applicationId, int reviews, BigDecimal mean, BigDecimal trimmedMean, int agreeVotes,
            BigDecimal meanZ, int outliers, int rankInGroup, int rankInCategory) {
    }

    public record Aggregate(List<Result> results, List<ReviewStat> reviews) {
    }

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final int TRIM_FROM = 5;
    private static final int OUTLIER_FROM = 3;

    /** Higher trimmed mean, then more agree votes, then higher mean z, then smaller serial number; unreviewed last. */
    private static final Comparator<Tally> RANKING = Comparator
            .comparing(Tally::trimmedMean, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Tally::agreeVotes, Comparator.reverseOrder())
            .thenComparing(Tally::meanZ, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(tally -> tally.entry().serialNo());

    private ReviewAggregation() {
    }

    public static Aggregate aggregate(List<Entry> entries, List<Score> scores, BigDecimal outlierThreshold) {
        BigDecimal[] z = zScores(scores);
        Map<Long, List<Integer>> byApplication = positionsBy(scores, Score::applicationId);
        boolean[] outlier = outliers(scores, byApplication, outlierThreshold);

        List<ReviewStat> reviews = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            Score score = scores.get(i);
            reviews.add(new ReviewStat(score.applicationId(), score.expertId(), score.total(),
                    z[i].setScale(4, RoundingMode.HALF_UP), outlier[i]));
        }

        List<Tally> tallies = new ArrayList<>(entries.size());
        for (int position = 0; position < entries.size(); position++) {
            Entry entry = entries.get(position);
            tallies.add(tally(position, entry, byApplication.getOrDefault(entry.applicationId(), List.of()), scores,
                    z, outlier));
        }
        int[] rankInGroup = rank(tallies,
                tally -> new Group(tally.entry().categoryId(), tally.entry().disciplineGroup()));
        int[] rankInCategory = rank(tallies, tally -> tally.entry().categoryId());

        List<Result> results = new ArrayList<>(tallies.size());
        for (Tally tally : tallies) {
            results.add(new Result(tally.entry().applicationId(), tally.reviews(), tally.mean(), tally.trimmedMean(),
                    tally.agreeVotes(), tally.meanZ(), tally.outliers(), rankInGroup[tally.position()],
                    rankInCategory[tally.position()]));
        }
        return new Aggregate(List.copyOf(results), List.copyOf(reviews));
    }

    /** The competition an application is ranked in within its category; a null discipline group is a group too. */
    private record Group(long categoryId, String disciplineGroup) {
    }

    /** An entry's figures before ranking, with its position in the entries list. */
    private record Tally(int position, Entry entry, int reviews, BigDecimal mean, BigDecimal trimmedMean,
            int agreeVotes, BigDecimal meanZ, int outliers) {
    }

    /** An expert's mean total and population standard deviation over the round. */
    private record Spread(BigDecimal mean, BigDecimal deviation) {

        static Spread of(List<BigDecimal> totals) {
            BigDecimal count = BigDecimal.valueOf(totals.size());
            BigDecimal mean = sum(totals).divide(count, PRECISION);
            BigDecimal squares = totals.stream().map(total -> total.subtract(mean).pow(2))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Spread(mean, squares.divide(count, PRECISION).sqrt(PRECISION));
        }

        /** Zero when the expert's totals do not vary, which includes an expert with a single review. */
        BigDecimal z(BigDecimal total) {
            return deviation.signum() == 0 ? BigDecimal.ZERO : total.subtract(mean).divide(deviation, PRECISION);
        }
    }

    /** Each score's unrounded z against its expert's spread over all of the expert's scores. */
    private static BigDecimal[] zScores(List<Score> scores) {
        Map<Long, Spread> spreads = new HashMap<>();
        positionsBy(scores, Score::expertId)
                .forEach((expertId, positions) -> spreads.put(expertId, Spread.of(totals(scores, positions))));
        BigDecimal[] z = new BigDecimal[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            z[i] = spreads.get(scores.get(i).expertId()).z(scores.get(i).total());
        }
        return z;
    }

    /** Flags, per score, a total strictly further than the threshold from its application's median (3+ reviews). */
    private static boolean[] outliers(List<Score> scores, Map<Long, List<Integer>> byApplication,
            BigDecimal threshold) {
        boolean[] outlier = new boolean[scores.size()];
        for (List<Integer> positions : byApplication.values()) {
            if (positions.size() < OUTLIER_FROM) {
                continue;
            }
            BigDecimal median = median(totals(scores, positions));
            for (int position : positions) {
                outlier[position] = scores.get(position).total().subtract(median).abs().compareTo(threshold) > 0;
            }
        }
        return outlier;
    }

    private static Tally tally(int position, Entry entry, List<Integer> positions, List<Score> scores, BigDecimal[] z,
            boolean[] outlier) {
        if (positions.isEmpty()) {
            return new Tally(position, entry, 0, null, null, 0, null, 0);
        }
        List<BigDecimal> totals = totals(scores, positions);
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        List<BigDecimal> trimmed = sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
        int agreeVotes = (int) positions.stream().filter(i -> scores.get(i).agree()).count();
        BigDecimal zSum = positions.stream().map(i -> z[i]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal meanZ = zSum.divide(BigDecimal.valueOf(positions.size()), PRECISION).setScale(4,
                RoundingMode.HALF_UP);
        int outliers = (int) positions.stream().filter(i -> outlier[i]).count();
        return new Tally(position, entry, positions.size(), average(totals), average(trimmed), agreeVotes, meanZ,
                outliers);
    }

    /** Ranks 1..n within each competition, written at each tally's position. */
    private static int[] rank(List<Tally> tallies, Function<Tally, Object> competition) {
        int[] ranks = new int[tallies.size()];
        Map<Object, ArrayList<Tally>> competitions = tallies.stream()
                .collect(groupingBy(competition, toCollection(ArrayList::new)));
        for (List<Tally> field : competitions.values()) {
            field.sort(RANKING);
            for (int place = 0; place < field.size(); place++) {
                ranks[field.get(place).position()] = place + 1;
            }
        }
        return ranks;
    }

    private static Map<Long, List<Integer>> positionsBy(List<Score> scores, Function<Score, Long> key) {
        Map<Long, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            positions.computeIfAbsent(key.apply(scores.get(i)), k -> new ArrayList<>()).add(i);
        }
        return positions;
    }

    private static List<BigDecimal> totals(List<Score> scores, List<Integer> positions) {
        return positions.stream().map(i -> scores.get(i).total()).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return sum(values).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
