package cn.gov.talent.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.talent.shared.EmployerName;

/**
 * 专家抽取: draws K experts for each application, at random but reproducibly (the seed and the
 * inputs determine the result), among experts who share the application's discipline, never from
 * the applicant's employer, never one the applicant asked to avoid or who declared a conflict, and
 * keeping loads balanced: each slot goes to a least-loaded eligible expert, ties broken by the
 * seeded random generator. Slots that cannot be filled are reported with the reason.
 *
 * <p>Pure: no database, no clock. Applications are processed in id order and experts in id order
 * before shuffling, so the same inputs and seed always give the same draw.
 */
public final class ExpertDraw {

    /** An application to be reviewed, with what excludes experts from it. */
    public record Candidate(long applicationId, String disciplineCode, String employerName, Set<String> avoidNames,
            Set<Long> conflictedExpertIds) {
    }

    /** An expert of the pool as the draw sees them. */
    public record Reviewer(long expertId, String name, String employerName, Set<String> disciplines, int maxLoad,
            int currentLoad) {
    }

    /** A slot left empty, and why: no eligible expert at all, or all eligible ones at full load. */
    public record Unfilled(long applicationId, int missing, String reasonKey) {
    }

    public record Result(long seed, Map<Long, List<Long>> assignments, List<Unfilled> unfilled,
            Map<Long, Integer> loads) {
    }

    private ExpertDraw() {
    }

    public static Result draw(List<Candidate> candidates, List<Reviewer> reviewers, int perApplication, long seed) {
        Random random = new Random(seed);
        List<Reviewer> pool = new ArrayList<>(reviewers);
        pool.sort(Comparator.comparingLong(Reviewer::expertId));
        Map<Long, Integer> loads = new HashMap<>();
        pool.forEach(reviewer -> loads.put(reviewer.expertId(), reviewer.currentLoad()));
        // The pool by discipline, each list in the pool's order: an application's eligible experts are those of
        // its discipline without a conflict, in the same order as filtering the whole pool would give them (a
        // round is 20,000 applications and 2,000 experts, each of a few of 62 disciplines).
        Map<String, List<Reviewer>> byDiscipline = new HashMap<>();
        for (Reviewer reviewer : pool) {
            reviewer.disciplines().forEach(code -> byDiscipline.computeIfAbsent(code, key -> new ArrayList<>())
                    .add(reviewer));
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingLong(Candidate::applicationId));

        Map<Long, List<Long>> assignments = new LinkedHashMap<>();
        List<Unfilled> unfilled = new ArrayList<>();
        for (Candidate candidate : ordered) {
            List<Reviewer> eligible = new ArrayList<>();
            if (candidate.disciplineCode() != null) {
                for (Reviewer reviewer : byDiscipline.getOrDefault(candidate.disciplineCode(), List.of())) {
                    if (!conflicts(reviewer.expertId(), reviewer.name(), reviewer.employerName(), candidate)) {
                        eligible.add(reviewer);
                    }
                }
            }
            List<Long> chosen = new ArrayList<>();
            for (int slot = 0; slot < perApplication; slot++) {
                List<Reviewer> open = new ArrayList<>();
                int lowest = Integer.MAX_VALUE;
                for (Reviewer reviewer : eligible) {
                    int load = loads.get(reviewer.expertId());
                    if (!chosen.contains(reviewer.expertId()) && load < reviewer.maxLoad()) {
                        open.add(reviewer);
                        lowest = Math.min(lowest, load);
                    }
                }
                if (open.isEmpty()) {
                    unfilled.add(new Unfilled(candidate.applicationId(), perApplication - slot,
                            eligible.size() > chosen.size() ? "draw.unfilled.fullLoad" : "draw.unfilled.noExpert"));
                    break;
                }
                List<Reviewer> leastLoaded = new ArrayList<>();
                for (Reviewer reviewer : open) {
                    if (loads.get(reviewer.expertId()) == lowest) {
                        leastLoaded.add(reviewer);
                    }
                }
                // the seeded generator breaks the tie: the same calls as ever, so a stored draw runs again the same
                Collections.shuffle(leastLoaded, random);
                Reviewer picked = leastLoaded.get(0);
                chosen.add(picked.expertId());
                loads.merge(picked.expertId(), 1, Integer::sum);
            }
            assignments.put(candidate.applicationId(), List.copyOf(chosen));
        }
        return new Result(seed, assignments, unfilled, loads);
    }

    /** Who the draw may pick: an expert of the application's discipline, with no conflict of interest. */
    public static boolean isEligible(Reviewer reviewer, Candidate candidate) {
        return candidate.disciplineCode() != null && reviewer.disciplines().contains(candidate.disciplineCode())
                && !conflicts(reviewer.expertId(), reviewer.name(), reviewer.employerName(), candidate);
    }

    /**
     * The one conflict-of-interest rule (002 art. 21 and the applicant's 回避申请), for the draw and for
     * assignment by hand alike: the expert works at the applicant's employer, is named on the avoid
     * list, or has declared a conflict with this application. An application through a bureau's desk names
     * the workplace with the bureau (ADR 0027): the expert is compared with the workplace.
     */
    public static boolean conflicts(long expertId, String expertName, String expertEmployer, Candidate candidate) {
        return expertEmployer.equals(candidate.employerName())
                || expertEmployer.equals(EmployerName.workplace(candidate.employerName()))
                || candidate.avoidNames().stream().anyMatch(name -> name.contains(expertName))
                || candidate.conflictedExpertIds().contains(expertId);
    }
}
