package cn.gov.talent.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * 评审组织: the office's side of the review stage, its rounds. Opens the next round of a batch with
 * the applications it takes, and changes a round's deadline. Every action is audited. The draw of
 * experts is {@link Draws}, changes to a panel by hand are {@link PanelAdjustments}, and what the
 * pages read is {@link RoundQueries}.
 */
@Service
@Transactional(readOnly = true)
public class ReviewRounds {

    private final RoundSupport support;
    private final ReviewRoundRepository rounds;
    private final RoundCandidateRepository candidates;
    private final ReviewResultRepository results;
    private final Programs programs;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewRounds(RoundSupport support, ReviewRoundRepository rounds, RoundCandidateRepository candidates,
            ReviewResultRepository results, Programs programs, AuditTrail audit, Clock clock) {
        this.support = support;
        this.rounds = rounds;
        this.candidates = candidates;
        this.results = results;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
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
            List<RoundCandidate> before = candidates.copiesOf(previous.getId());
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
            taken = support.addQualified(round);
        } else {
            support.insertCandidates(round, carried.stream().map(candidate -> new RoundCandidate(round.getId(),
                    candidate.getApplicationId(), candidate.getCategoryId(), candidate.getDisciplineCode(),
                    candidate.getSerialNo(), candidate.getApplicantName(), candidate.getEmployerName())).toList());
            taken = carried.size();
        }
        AuditEntry created = new AuditEntry(actor, "REVIEW_ROUND", round.getId(), RoundSupport.label(round),
                "CREATE_ROUND", null, mode.name(), null);
        audit.record(previous == null ? created.withNote("audit.note.round", expertsPerApplication, taken)
                : chosen ? created.withNote("audit.note.round.chosen", expertsPerApplication, taken,
                        String.join(", ", chosenSerials))
                : created.withNote("audit.note.round.top", expertsPerApplication, taken, topN));
        return round;
    }

    @Transactional
    public void changeDeadline(long roundId, LocalDate deadline, Actor actor) {
        ReviewRound round = support.round(roundId);
        LocalDate before = round.getDeadline();
        round.changeDeadline(deadline);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, RoundSupport.label(round), "CHANGE_DEADLINE",
                String.valueOf(before), String.valueOf(deadline), null));
    }
}
