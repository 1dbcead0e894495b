package cn.gov.talent.review;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import tools.jackson.databind.json.JsonMapper;

/**
 * 专家抽取: the random draw of experts for a round (stored with its seed and inputs, 002 art. 21),
 * a single slot redrawn after a conflict, a decline or a removal, and 复核, a stored draw run again
 * from its seed and inputs. The applications that got experts enter review; the experts are told;
 * every draw is audited.
 */
@Service
@Transactional(readOnly = true)
public class Draws {

    private final RoundSupport support;
    private final RoundCandidateRepository candidates;
    private final AssignmentRepository assignments;
    private final DrawRecordRepository draws;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Draws(RoundSupport support, RoundCandidateRepository candidates, AssignmentRepository assignments,
            DrawRecordRepository draws, AuditTrail audit, JsonMapper json, JdbcTemplate jdbc, Clock clock) {
        this.support = support;
        this.candidates = candidates;
        this.assignments = assignments;
        this.draws = draws;
        this.audit = audit;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Draws K experts for every candidate of the round that has none yet (round 1 first takes in
     * applications qualified since). The seed, inputs and result are stored; the applications
     * that got experts enter review; the experts are told.
     */
    @Transactional
    public DrawOutcome draw(long roundId, Actor actor) {
        ReviewRound round = support.round(roundId);
        if (round.getAggregatedAt() != null) {
            throw new Refusal("review.round.alreadyAggregated");
        }
        if (round.getNumber() == 1) {
            support.addQualified(round);
        }
        Set<Long> withPanel = new HashSet<>(activeApplications(roundId));
        List<RoundCandidate> waiting = candidates.copiesOf(roundId).stream()
                .filter(candidate -> !withPanel.contains(candidate.getApplicationId())).toList();
        if (waiting.isEmpty()) {
            throw new Refusal("review.draw.nothingToDraw");
        }
        List<ExpertDraw.Candidate> inputs = support.candidateInputs(waiting, Map.of());
        List<ExpertDraw.Reviewer> reviewers = support.reviewers(roundId);
        long seed = seeds.nextLong();
        ExpertDraw.Result result = ExpertDraw.draw(inputs, reviewers, round.getExpertsPerApplication(), seed);
        DrawRecord record = draws.save(new DrawRecord(roundId, null, seed, round.getExpertsPerApplication(),
                json.writeValueAsString(new DrawInputs(inputs, reviewers)), json.writeValueAsString(result), null,
                actor.username(), Instant.now(clock)));
        DrawOutcome outcome = apply(round, waiting, result, record, actor);
        leaveUnfilled(roundId, waiting, result);
        audit.record(new AuditEntry(actor, "REVIEW_ROUND", roundId, RoundSupport.label(round), "DRAW_EXPERTS", null,
                null, null).withNote("audit.note.draw", record.getId(), seed, outcome.applicationsAssigned(),
                        outcome.applicationsUnfilled()));
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
        if (reason.trim().length() > RoundSupport.REASON_MAX) {
            throw new Refusal("form.text.tooLong", RoundSupport.REASON_MAX);
        }
        ReviewRound round = support.round(roundId);
        if (round.getAggregatedAt() != null) {
            throw new Refusal("review.round.alreadyAggregated");
        }
        RoundCandidate candidate = support.candidate(roundId, applicationId);
        int missing = round.getExpertsPerApplication() - (int) assignments.countActive(roundId, applicationId);
        if (missing <= 0) {
            throw new Refusal("review.redraw.full", candidate.getSerialNo());
        }
        Set<Long> onPanel = assignments.findByRoundIdAndApplicationId(roundId, applicationId).stream()
                .map(Assignment::getExpertId).collect(Collectors.toSet());
        List<ExpertDraw.Candidate> inputs = support.candidateInputs(List.of(candidate),
                Map.of(applicationId, onPanel));
        List<ExpertDraw.Reviewer> reviewers = support.reviewers(roundId);
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
                null, null).withNote("audit.note.redraw", reason.trim(), record.getId(), seed, drawn, missing));
        return outcome;
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

    /** Active experts who could take a slot, with their disciplines and their load in this round. */
    public List<ExpertDraw.Reviewer> reviewers(long roundId) {
        return support.reviewers(roundId);
    }

    /**
     * Stores what the draw gave (the assignments, with one statement), moves the applications that got experts into
     * review (one bulk transition, audited per application, each applicant told) and tells each expert drawn once.
     */
    private DrawOutcome apply(ReviewRound round, List<RoundCandidate> drawnFor, ExpertDraw.Result result,
            DrawRecord record, Actor actor) {
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
        List<Long> withPanel = drawnFor.stream().map(RoundCandidate::getApplicationId)
                .filter(id -> !result.assignments().getOrDefault(id, List.of()).isEmpty()).toList();
        support.enterReview(withPanel, actor);
        support.notifyExperts(result.assignments().values().stream().flatMap(List::stream).distinct().toList(), round);
        return new DrawOutcome(record.getId(), withPanel.size(), result.unfilled().size());
    }

    /**
     * Each candidate drawn for keeps how many of its slots the draw left empty, and why (none: zero and no
     * reason): one statement for the candidates whose figures change from those read (plain copies).
     */
    private void leaveUnfilled(long roundId, List<RoundCandidate> drawnFor, ExpertDraw.Result result) {
        Map<Long, ExpertDraw.Unfilled> unfilled = result.unfilled().stream()
                .collect(Collectors.toMap(ExpertDraw.Unfilled::applicationId, entry -> entry));
        List<Long> ids = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (RoundCandidate candidate : drawnFor) {
            ExpertDraw.Unfilled gap = unfilled.get(candidate.getApplicationId());
            int count = gap == null ? 0 : gap.missing();
            String reason = count == 0 ? null : gap.reasonKey();
            if (count != candidate.getUnfilled() || !Objects.equals(reason, candidate.getUnfilledReason())) {
                ids.add(candidate.getApplicationId());
                missing.add(count);
                reasons.add(reason);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var update = connection.prepareStatement("""
                    update round_candidate c set unfilled = u.unfilled, unfilled_reason = u.reason
                    from unnest(?::bigint[], ?::int[], ?::text[]) as u (application_id, unfilled, reason)
                    where c.round_id = ? and c.application_id = u.application_id
                    """);
            update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            update.setArray(2, connection.createArrayOf("integer", missing.toArray()));
            update.setArray(3, connection.createArrayOf("text", reasons.toArray()));
            update.setLong(4, roundId);
            return update;
        });
    }

    private List<Long> activeApplications(long roundId) {
        return jdbc.queryForList("""
                select distinct application_id from review_assignment
                where round_id = ? and status in ('ASSIGNED', 'SUBMITTED')
                """, Long.class, roundId);
    }
}
