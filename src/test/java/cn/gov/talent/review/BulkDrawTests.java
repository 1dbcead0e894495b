package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * A round's draw and its aggregation write with a few set-based statements (issue 18) and still keep every rule:
 * each application moved into review has its own audit line, each applicant and each expert drawn is told once,
 * the draw record keeps who drew, when and with which seed, a short pool leaves its seats visibly unfilled, the
 * entities a transaction holds are read again after the bulk statement, and the aggregation leaves the reviews as
 * the experts submitted them, keeping each review's normalised score with the application's result.
 */
@IntegrationTest
class BulkDrawTests {

    @Autowired
    ReviewScenario scenario;

    @Autowired
    ReviewRounds rounds;

    @Autowired
    Draws draws;

    @Autowired
    RoundQueries queries;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    Rankings rankings;

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void aRoundsDrawAuditsEveryApplicationAndTellsEachApplicantAndEachExpertOnce() {
        // twelve applications of 临床医学 (three experts in the pool), the last avoiding two of them
        List<List<String>> avoidLists = new ArrayList<>(Collections.nCopies(11, List.of()));
        avoidLists.add(List.of("郭建华", "徐红梅"));
        ReviewScenario.Batch batch = scenario.qualified(ReviewFlowTests.CLINICAL, 3, avoidLists);
        Actor office = data.actor("office");
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 2, null, null, office);

        DrawOutcome outcome = draws.draw(round.getId(), office);

        assertThat(outcome.applicationsAssigned()).isEqualTo(12);
        assertThat(outcome.applicationsUnfilled()).isEqualTo(1);
        long shortOne = batch.applicationIds().get(11);
        assertThat(queries.candidate(round.getId(), shortOne).getUnfilled()).isEqualTo(1);
        assertThat(queries.candidate(round.getId(), shortOne).getUnfilledReason()).isEqualTo("draw.unfilled.noExpert");
        assertThat(queries.candidate(round.getId(), batch.applicationIds().get(0)).getUnfilled()).isZero();
        for (long id : batch.applicationIds()) {
            assertThat(data.status(id)).isEqualTo("IN_REVIEW");
            assertThat(audit.historyOf("APPLICATION", id)).filteredOn(line -> line.getAction().equals("ASSIGN_EXPERTS"))
                    .singleElement().satisfies(line -> {
                        assertThat(line.getFromState()).isEqualTo("QUALIFIED");
                        assertThat(line.getToState()).isEqualTo("IN_REVIEW");
                        assertThat(line.getActorUsername()).isEqualTo("office");
                        assertThat(line.getOccurredAt()).isNotNull();
                    });
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification n
                    join application a on a.applicant_id = n.recipient_user_id and a.serial_no = n.subject_label
                    where a.id = ? and n.message_key = 'notification.applicant.IN_REVIEW'
                    """, Integer.class, id)).as("the applicant of %d is told once", id).isOne();
        }
        // three experts hold the 23 seats: each is told once of this round, not once a seat
        List<Long> experts = jdbc.queryForList("select distinct expert_id from review_assignment where round_id = ?",
                Long.class, round.getId());
        assertThat(experts).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from review_assignment where round_id = ?", Integer.class,
                round.getId())).isEqualTo(23);
        for (long expert : experts) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from notification n join expert e on e.user_id = n.recipient_user_id
                    where e.id = ? and n.message_key = 'notification.review.assigned' and n.subject_label = ?
                    """, Integer.class, expert, RoundSupport.label(round))).as("expert %d is told once", expert).isOne();
        }
        // the draw record: who drew, when, with which seed; run again from it, the same draw
        Map<String, Object> record = jdbc.queryForMap(
                "select id, seed, drawn_by, drawn_at from expert_draw where round_id = ? and application_id is null",
                round.getId());
        assertThat(record.get("drawn_by")).isEqualTo("office");
        assertThat(record.get("drawn_at")).isNotNull();
        assertThat(draws.rerun(((Number) record.get("id")).longValue()).isSame()).isTrue();
        assertThat(audit.historyOf("REVIEW_ROUND", round.getId())).extracting(AuditRecord::getAction)
                .containsExactly("CREATE_ROUND", "DRAW_EXPERTS");
    }

    @Test
    void anApplicationTheTransactionHoldsIsReadAgainAfterTheBulkTransition() {
        ReviewScenario.Batch batch = scenario.qualified(ReviewFlowTests.CLINICAL, 1, List.of(List.of(), List.of()));
        long held = batch.applicationIds().get(0);
        Actor office = data.actor("office");
        transaction.executeWithoutResult(status -> {
            Application application = applications.find(held).orElseThrow();
            long version = application.getVersion();
            applications.fireAll(batch.applicationIds(), WorkflowEvent.ASSIGN_EXPERTS, office, null,
                    TransitionFacts.NONE);
            assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
            assertThat(application.getVersion()).isEqualTo(version + 1);
            assertThat(applications.find(held).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        });
        assertThat(batch.applicationIds()).allSatisfy(id -> assertThat(data.status(id)).isEqualTo("IN_REVIEW"));
    }

    @Test
    void theAggregationLeavesTheReviewsAsSubmittedAndKeepsTheirNormalisedScoresWithTheResult() throws Exception {
        ReviewScenario.Batch batch = scenario.qualified(ReviewFlowTests.CLINICAL, 3,
                new ArrayList<>(Collections.nCopies(4, List.of())));
        Actor office = data.actor("office");
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 3, null, null, office);
        draws.draw(round.getId(), office);
        int points = 20;
        for (long application : batch.applicationIds()) {
            for (Assignment seat : queries.panel(round.getId(), application)) {
                var form = new ScoreForm();
                form.setPoints(new ArrayList<>(List.of(points++, 40)));
                form.setRecommendation(Recommendation.AGREE);
                form.setComments("同意推荐。");
                form.setVersion(seat.getVersion());
                reviews.submit(seat.getId(), data.actor(scenario.usernameOfExpert(seat.getExpertId())), form);
            }
        }
        List<Map<String, Object>> before = submittedReviews(round.getId());

        rankings.aggregate(round.getId(), office);

        assertThat(submittedReviews(round.getId())).isEqualTo(before);
        long first = batch.applicationIds().get(0);
        Map<Long, NormalisedScore> normalised = queries.normalisedScores(round.getId(), first);
        assertThat(normalised.keySet()).containsExactlyInAnyOrderElementsOf(
                queries.panel(round.getId(), first).stream().map(Assignment::getExpertId).toList());
        // each expert scored every application, the first ones lowest: below the expert's own mean
        assertThat(normalised.values()).allSatisfy(score -> {
            assertThat(score.zScore()).isNegative();
            assertThat(score.zScore().scale()).isEqualTo(4);
        });
        BigDecimal meanZ = jdbc.queryForObject(
                "select mean_z from review_result where round_id = ? and application_id = ?", BigDecimal.class,
                round.getId(), first);
        assertThat(meanZ).isNegative();
        String page = mvc.perform(get("/review/rounds/" + round.getId() + "/applications/" + first)
                .with(users.as("office"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(normalised.values().iterator().next().zScore().toPlainString());
    }

    /** The submitted reviews of a round as the experts left them, version included, in id order. */
    private List<Map<String, Object>> submittedReviews(long roundId) {
        return jdbc.queryForList("""
                select id, scores, total, recommendation, comments, submitted_at, version from review_assignment
                where round_id = ? and status = 'SUBMITTED' order by id
                """, roundId);
    }
}
