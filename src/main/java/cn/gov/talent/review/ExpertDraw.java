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
        // Each expert's load, kept by the expert's place among the distinct ids (an id twice in the pool is one
        // expert with one load), so a slot asks an array rather than a map: a round fills 100,000 slots.
        Map<Long, Integer> placeOf = new HashMap<>();
        List<Long> expertIds = new ArrayList<>();
        int[] place = new int[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            place[i] = placeOf.computeIfAbsent(pool.get(i).expertId(), id -> {
                expertIds.add(id);
                return expertIds.size() - 1;
            });
        }
        int[] loads = new int[expertIds.size()];
        for (int i = 0; i < pool.size(); i++) {
            loads[place[i]] = pool.get(i).currentLoad();
        }
        // The pool by discipline, each list in the pool's order: an application's eligible experts are those of
        // its discipline without a conflict, in the same order as filtering the whole pool would give them (a
        // round is 20,000 applications and 2,000 experts, each of a few of 62 disciplines).
        Map<String, List<Integer>> byDiscipline = new HashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            int member = i;
            pool.get(i).disciplines().forEach(code -> byDiscipline.computeIfAbsent(code, key -> new ArrayList<>())
                    .add(member));
        }
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingLong(Candidate::applicationId));

        Map<Long, List<Long>> assignments = new LinkedHashMap<>();
        List<Unfilled> unfilled = new ArrayList<>();
        List<Integer> eligible = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Candidate candidate : ordered) {
            eligible.clear();
            if (candidate.disciplineCode() != null) {
                for (int member : byDiscipline.getOrDefault(candidate.disciplineCode(), List.of())) {
                    Reviewer reviewer = pool.get(member);
                    if (!conflicts(reviewer.expertId(), reviewer.name(), reviewer.employerName(), candidate)) {
                        eligible.add(member);
                    }
                }
            }
            List<Long> chosen = new ArrayList<>();
            int[] chosenPlaces = new int[perApplication];
            for (int slot = 0; slot < perApplication; slot++) {
                open.clear();
                int lowest = Integer.MAX_VALUE;
                for (int member : eligible) {
                    int load = loads[place[member]];
                    if (load < pool.get(member).maxLoad() && !contains(chosenPlaces, slot, place[member])) {
                        open.add(member);
                        lowest = Math.min(lowest, load);
                    }
                }
                if (open.isEmpty()) {
                    unfilled.add(new Unfilled(candidate.applicationId(), perApplication - slot,
                            eligible.size() > chosen.size() ? "draw.unfilled.fullLoad" : "draw.unfilled.noExpert"));
                    break;
                }
                List<Integer> leastLoaded = new ArrayList<>();
                for (int member : open) {
                    if (loads[place[member]] == lowest) {
                        leastLoaded.add(member);
                    }
                }
                // the seeded generator breaks the tie: the same calls as ever, so a stored draw runs again the same
                Collections.shuffle(leastLoaded, random);
                int picked = leastLoaded.get(0);
                chosen.add(pool.get(picked).expertId());
                chosenPlaces[slot] = place[picked];
                loads[place[picked]]++;
            }
            assignments.put(candidate.applicationId(), List.copyOf(chosen));
        }
        Map<Long, Integer> finalLoads = new HashMap<>();
        for (int i = 0; i < expertIds.size(); i++) {
            finalLoads.put(expertIds.get(i), loads[i]);
        }
        return new Result(seed, assignments, unfilled, finalLoads);
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
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
        if (expertEmployer.equals(candidate.employerName())
                || expertEmployer.equals(EmployerName.workplace(candidate.employerName()))
                || candidate.conflictedExpertIds().contains(expertId)) {
            return true;
        }
        for (String name : candidate.avoidNames()) {
            if (name.contains(expertName)) {
                return true;
            }
        }
        return false;
    }
}
