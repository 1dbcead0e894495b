package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import cn.gov.talent.review.ExpertDraw.Candidate;
import cn.gov.talent.review.ExpertDraw.Result;
import cn.gov.talent.review.ExpertDraw.Reviewer;
import cn.gov.talent.shared.EmployerName;

/** Property-style tests of the draw over many random pools and seeds. */
class ExpertDrawTest {

    private static final String[] DISCIPLINES = {"110", "320", "580"};
    private static final String[] EMPLOYERS = {"南昌大学", "江西财经大学", "九江学院", "赣州市人民医院"};

    /** A random world: experts and applications with random disciplines, employers, avoid lists, conflicts. */
    private static List<Reviewer> reviewers(Random random, int count) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Set<String> disciplines = new HashSet<>();
            disciplines.add(DISCIPLINES[random.nextInt(DISCIPLINES.length)]);
            if (random.nextBoolean()) {
                disciplines.add(DISCIPLINES[random.nextInt(DISCIPLINES.length)]);
            }
            reviewers.add(new Reviewer(i, "专家" + i, EMPLOYERS[random.nextInt(EMPLOYERS.length)], disciplines,
                    1 + random.nextInt(8), 0));
        }
        return reviewers;
    }

    private static List<Candidate> candidates(Random random, int count, int experts) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Set<String> avoid = new HashSet<>();
            Set<Long> conflicts = new HashSet<>();
            for (int j = 0; j < random.nextInt(4); j++) {
                avoid.add("专家" + (1 + random.nextInt(experts)) + "（某单位）");
            }
            for (int j = 0; j < random.nextInt(3); j++) {
                conflicts.add((long) (1 + random.nextInt(experts)));
            }
            candidates.add(new Candidate(1000 + i, DISCIPLINES[random.nextInt(DISCIPLINES.length)],
                    EMPLOYERS[random.nextInt(EMPLOYERS.length)], avoid, conflicts));
        }
        return candidates;
    }

    @RepeatedTest(200)
    void noIneligibleExpertIsEverDrawnAndNoneTwiceForOneApplication(RepetitionInfo repetition) {
        Random world = new Random(repetition.getCurrentRepetition());
        List<Reviewer> reviewers = reviewers(world, 5 + world.nextInt(30));
        List<Candidate> candidates = candidates(world, 1 + world.nextInt(40), reviewers.size());
        Result result = ExpertDraw.draw(candidates, reviewers, 1 + world.nextInt(5), world.nextLong());
        for (Candidate candidate : candidates) {
            List<Long> drawn = result.assignments().get(candidate.applicationId());
            assertThat(drawn).doesNotHaveDuplicates();
            for (long expertId : drawn) {
                Reviewer reviewer = reviewers.stream().filter(r -> r.expertId() == expertId).findFirst().orElseThrow();
                assertThat(ExpertDraw.isEligible(reviewer, candidate)).as("expert %d for %d", expertId,
                        candidate.applicationId()).isTrue();
                assertThat(candidate.conflictedExpertIds()).doesNotContain(expertId);
                assertThat(reviewer.employerName()).isNotEqualTo(candidate.employerName());
            }
        }
        reviewers.forEach(reviewer -> assertThat(result.loads().get(reviewer.expertId()))
                .isLessThanOrEqualTo(reviewer.maxLoad()));
    }

    @RepeatedTest(50)
    void theSameSeedGivesTheSameDraw(RepetitionInfo repetition) {
        Random world = new Random(7919L * repetition.getCurrentRepetition());
        List<Reviewer> reviewers = reviewers(world, 20);
        List<Candidate> candidates = candidates(world, 30, reviewers.size());
        long seed = world.nextLong();
        Result first = ExpertDraw.draw(candidates, reviewers, 3, seed);
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(1));
        Result again = ExpertDraw.draw(shuffled, new ArrayList<>(reviewers), 3, seed);
        assertThat(again.assignments()).isEqualTo(first.assignments());
        assertThat(again.unfilled()).isEqualTo(first.unfilled());
    }

    @RepeatedTest(50)
    void loadsStayWithinOneWhenEveryExpertFitsEveryApplication(RepetitionInfo repetition) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            reviewers.add(new Reviewer(i, "专家" + i, "外省大学" + i, Set.of("320"), 100, 0));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 37; i++) {
            candidates.add(new Candidate(i, "320", "本省医院", Set.of(), Set.of()));
        }
        Result result = ExpertDraw.draw(candidates, reviewers, 5, repetition.getCurrentRepetition());
        int max = result.loads().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = result.loads().values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
        assertThat(result.unfilled()).isEmpty();
    }

    /**
     * The draw looks experts up by discipline instead of filtering the whole pool for each application; a draw
     * stored before must still run again the same (复核): the same result as the pool-filtering draw it was made
     * with, kept below as it was, over random worlds with full loads, short pools and shared names.
     */
    @RepeatedTest(100)
    void theDrawGivesWhatThePoolFilteringDrawGave(RepetitionInfo repetition) {
        Random world = new Random(104_729L * repetition.getCurrentRepetition());
        List<Reviewer> reviewers = reviewers(world, 5 + world.nextInt(60));
        List<Candidate> candidates = new ArrayList<>(candidates(world, 1 + world.nextInt(120), reviewers.size()));
        candidates.add(new Candidate(9_999, null, "九江学院", Set.of(), Set.of()));
        int perApplication = 1 + world.nextInt(6);
        long seed = world.nextLong();
        Result result = ExpertDraw.draw(candidates, reviewers, perApplication, seed);
        assertThat(result).isEqualTo(poolFilteringDraw(candidates, reviewers, perApplication, seed));
    }

    /** The draw as it was until issue 18, verbatim: the reference the faster one must agree with. */
    private static Result poolFilteringDraw(List<Candidate> candidates, List<Reviewer> reviewers, int perApplication,
            long seed) {
        Random random = new Random(seed);
        List<Reviewer> pool = new ArrayList<>(reviewers);
        pool.sort(Comparator.comparingLong(Reviewer::expertId));
        Map<Long, Integer> loads = new HashMap<>();
        pool.forEach(reviewer -> loads.put(reviewer.expertId(), reviewer.currentLoad()));
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingLong(Candidate::applicationId));
        Map<Long, List<Long>> assignments = new LinkedHashMap<>();
        List<ExpertDraw.Unfilled> unfilled = new ArrayList<>();
        for (Candidate candidate : ordered) {
            List<Reviewer> eligible = pool.stream().filter(reviewer -> ExpertDraw.isEligible(reviewer, candidate))
                    .toList();
            List<Long> chosen = new ArrayList<>();
            for (int slot = 0; slot < perApplication; slot++) {
                List<Reviewer> open = eligible.stream()
                        .filter(reviewer -> !chosen.contains(reviewer.expertId())
                                && loads.get(reviewer.expertId()) < reviewer.maxLoad())
                        .toList();
                if (open.isEmpty()) {
                    unfilled.add(new ExpertDraw.Unfilled(candidate.applicationId(), perApplication - slot,
                            eligible.size() > chosen.size() ? "draw.unfilled.fullLoad" : "draw.unfilled.noExpert"));
                    break;
                }
                int lowest = open.stream().mapToInt(reviewer -> loads.get(reviewer.expertId())).min().orElseThrow();
                List<Reviewer> leastLoaded = new ArrayList<>(open.stream()
                        .filter(reviewer -> loads.get(reviewer.expertId()) == lowest).toList());
                Collections.shuffle(leastLoaded, random);
                Reviewer picked = leastLoaded.get(0);
                chosen.add(picked.expertId());
                loads.merge(picked.expertId(), 1, Integer::sum);
            }
            assignments.put(candidate.applicationId(), List.copyOf(chosen));
        }
        return new Result(seed, assignments, unfilled, loads);
    }

    @Test
    void oneConflictRuleForTheDrawAndForAssignmentByHand() {
        var candidate = new Candidate(7, "320", "南昌大学", Set.of("郭建华"), Set.of(9L));
        assertThat(ExpertDraw.conflicts(1, "赵丽君", "江西中医药大学", candidate)).isFalse();
        assertThat(ExpertDraw.conflicts(1, "李明华", "南昌大学", candidate)).as("same employer").isTrue();
        assertThat(ExpertDraw.conflicts(2, "郭建华", "江西省人民医院", candidate)).as("on the avoid list").isTrue();
        assertThat(ExpertDraw.conflicts(9, "徐红梅", "赣南医学院", candidate)).as("declared").isTrue();
        // the draw adds the discipline to the same rule
        assertThat(ExpertDraw.isEligible(new Reviewer(1, "赵丽君", "江西中医药大学", Set.of("320"), 5, 0), candidate))
                .isTrue();
        assertThat(ExpertDraw.isEligible(new Reviewer(1, "赵丽君", "江西中医药大学", Set.of("360"), 5, 0), candidate))
                .isFalse();
    }

    /** An application through a bureau's desk names the workplace with the bureau (ADR 0027): a colleague is still kept off. */
    @Test
    void aColleagueOfSomeoneWhoAppliedThroughADeskIsKeptOff() {
        var candidate = new Candidate(8, "460", EmployerName.throughDesk("南昌智远科技有限公司", "南昌市人社局"), Set.of(),
                Set.of());
        assertThat(candidate.employerName()).isEqualTo("南昌智远科技有限公司（南昌市人社局受理）");
        assertThat(ExpertDraw.conflicts(1, "卫智远", "南昌智远科技有限公司", candidate)).as("same workplace").isTrue();
        assertThat(ExpertDraw.conflicts(2, "孙南昌", "南昌市人社局", candidate)).as("the bureau is not the employer")
                .isFalse();
    }

    @Test
    void unfilledSlotsSayWhy() {
        var reviewers = List.of(new Reviewer(1, "李明华", "南昌大学", Set.of("110"), 1, 0),
                new Reviewer(2, "张晓燕", "江西财经大学", Set.of("110"), 1, 0));
        var sameEmployer = new Candidate(10, "110", "南昌大学", Set.of("张晓燕（江西财经大学）"), Set.of());
        var noDiscipline = new Candidate(11, "910", "九江学院", Set.of(), Set.of());
        Result result = ExpertDraw.draw(List.of(sameEmployer, noDiscipline), reviewers, 2, 42);
        assertThat(result.assignments().get(10L)).isEmpty();
        assertThat(result.unfilled()).extracting(ExpertDraw.Unfilled::applicationId, ExpertDraw.Unfilled::reasonKey)
                .containsExactly(Tuple.tuple(10L, "draw.unfilled.noExpert"),
                        Tuple.tuple(11L, "draw.unfilled.noExpert"));

        var busy = List.of(new Reviewer(3, "王五", "外省大学", Set.of("110"), 1, 1));
        Result full = ExpertDraw.draw(List.of(new Candidate(12, "110", "九江学院", Set.of(), Set.of())), busy, 1, 1);
        assertThat(full.unfilled()).singleElement().extracting(ExpertDraw.Unfilled::reasonKey)
                .isEqualTo("draw.unfilled.fullLoad");
    }
}
