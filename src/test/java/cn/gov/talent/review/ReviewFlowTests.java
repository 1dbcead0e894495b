package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * The review stage end to end on the real database: a round is drawn from the demo pool (临床医学
 * has three experts outside 南昌大学), an expert declares a conflict and is replaced, the experts
 * score and submit, the round is aggregated, a second round takes the best, the office proposes
 * the list and a department records its opinion.
 */
@IntegrationTest
class ReviewFlowTests {

    static final String CLINICAL = "320";

    @Autowired
    ReviewRounds rounds;

    @Autowired
    Draws draws;

    @Autowired
    PanelAdjustments adjustments;

    @Autowired
    RoundQueries queries;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    Rankings rankings;

    @Autowired
    Proposals proposals;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void fromTheDrawToTheDepartmentsOpinion() throws Exception {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 1, List.of(List.of(), List.of("郭建华")));
        long first = batch.applicationIds().get(0);
        long second = batch.applicationIds().get(1);
        Actor office = data.actor("office");

        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 2, null, null, office);
        DrawOutcome outcome = draws.draw(round.getId(), office);
        assertThat(outcome.applicationsAssigned()).isEqualTo(2);
        assertThat(outcome.applicationsUnfilled()).isZero();
        assertThat(data.status(first)).isEqualTo("IN_REVIEW");
        assertThat(names(queries.panel(round.getId(), second))).containsExactlyInAnyOrder("赵丽君", "徐红梅");
        assertThat(audit.historyOf("APPLICATION", second)).last().satisfies(line -> {
            assertThat(line.getAction()).isEqualTo("ASSIGN_EXPERTS");
            assertThat(line.getFromState()).isEqualTo("QUALIFIED");
            assertThat(line.getToState()).isEqualTo("IN_REVIEW");
            assertThat(line.getActorUsername()).isEqualTo("office");
        });
        assertThat(jdbc.queryForList("""
                select n.message_key from notification n
                join application a on a.applicant_id = n.recipient_user_id and a.serial_no = n.subject_label
                where a.id = ? order by n.id
                """, String.class, second)).last().isEqualTo("notification.applicant.IN_REVIEW");

        // an expert of the first application declares a conflict: the third expert takes the seat
        Assignment conflicted = queries.panel(round.getId(), first).get(0);
        reviews.declareConflict(conflicted.getId(), expert(conflicted), "曾与申报人合作发表论文");
        List<Assignment> panel = active(queries.panel(round.getId(), first));
        assertThat(panel).hasSize(2).extracting(Assignment::getExpertId).doesNotContain(conflicted.getExpertId());
        long slotDraw = jdbc.queryForObject("select max(id) from expert_draw where application_id = ?", Long.class, first);
        assertThat(draws.rerun(slotDraw).isSame()).isTrue();
        assertThat(audit.historyOf("REVIEW_ASSIGNMENT", conflicted.getId())).extracting(AuditRecord::getAction)
                .containsExactly("DECLARE_CONFLICT");

        // scores are validated, then submitted; the application is REVIEWED once its last review is in
        Assignment one = panel.get(0);
        assertThatThrownBy(() -> reviews.submit(one.getId(), expert(one), score(one, null, 40, null, null)))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.problems())
                        .extracting(Refusal.Problem::messageKey)
                        .containsExactly("review.score.required", "review.recommendation.required",
                                "review.comments.required"));
        assertThatThrownBy(() -> reviews.saveDraft(one.getId(), expert(one), score(one, 51, 40, null, null)))
                .isInstanceOf(Refusal.class);
        reviews.saveDraft(one.getId(), expert(one), score(one, 45, null, null, "草稿"));
        reviews.submit(one.getId(), expert(one), score(reload(one), 45, 45, Recommendation.AGREE, "创新能力突出。"));
        assertThat(data.status(first)).isEqualTo("IN_REVIEW");
        Assignment two = panel.get(1);
        reviews.submit(two.getId(), expert(two), score(two, 44, 46, Recommendation.AGREE, "业绩显著。"));
        assertThat(data.status(first)).isEqualTo("REVIEWED");
        assertThatThrownBy(() -> reviews.saveDraft(two.getId(), expert(two), score(reload(two), 1, 1, null, null)))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("review.locked"));
        for (Assignment seat : active(queries.panel(round.getId(), second))) {
            reviews.submit(seat.getId(), expert(seat), score(seat, 30, 35, Recommendation.DISAGREE, "基础尚弱。"));
        }
        assertThat(data.status(second)).isEqualTo("REVIEWED");

        rankings.aggregate(round.getId(), office);
        var ranking = rankings.ranking(round.getId(), null, null,
                PageRequest.of(0, 10, RankingController.RANK_ORDER)).getContent();
        assertThat(ranking).extracting(ReviewResult::getApplicationId).containsExactly(first, second);
        assertThat(ranking.get(0).getMeanScore()).isEqualByComparingTo("90.00");
        assertThat(ranking.get(0).getAgreeVotes()).isEqualTo(2);
        assertThat(body(get("/review/rounds/" + round.getId() + "/applications/" + first), "office"))
                .contains("90.00", "创新能力突出。", "已回避", "曾与申报人合作发表论文");
        assertThat(body(get("/review/rounds/" + round.getId() + "/ranking"), "supervisor")).contains("90.00");

        // a meeting round takes the best one back into review
        ReviewRound meeting = rounds.createRound(batch.batchId(), ReviewMode.MEETING, 1, null, 1, office);
        draws.draw(meeting.getId(), office);
        assertThat(data.status(first)).isEqualTo("IN_REVIEW");
        assertThat(data.status(second)).isEqualTo("REVIEWED");
        Assignment seat = active(queries.panel(meeting.getId(), first)).get(0);
        reviews.submit(seat.getId(), expert(seat), score(seat, 48, 47, Recommendation.AGREE, "答辩表现优秀。"));
        assertThat(data.status(first)).isEqualTo("REVIEWED");
        rankings.aggregate(meeting.getId(), office);
        String secondSerial = jdbc.queryForObject("select serial_no from application where id = ?", String.class, second);
        assertThatThrownBy(() -> rounds.createRound(batch.batchId(), ReviewMode.INTERVIEW, 1, null, null,
                List.of(secondSerial), office)).isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.round.chosenUnknown"));

        // the proposed list: one place, suggested from the last round; departures need a reason
        proposals.draft(batch.batchId(), office);
        assertThatThrownBy(() -> proposals.decide(batch.batchId(), first, false, " ", office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("proposal.reasonRequired"));
        assertThatThrownBy(() -> proposals.decide(batch.batchId(), second, true, "专家组建议增补", office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("proposal.full"));
        proposals.confirm(batch.batchId(), office);
        assertThat(data.status(first)).isEqualTo("PROPOSED");
        assertThat(data.status(second)).isEqualTo("NOT_SELECTED");

        assertThat(proposals.awaitedDepartments(batch.batchId())).contains("省委人才办");
        mvc.perform(post("/review/consultation/" + batch.batchId()).with(users.as("department")).with(csrf())
                .param("agree", "false")).andExpect(status().is3xxRedirection());
        assertThat(proposals.opinions(batch.batchId())).isEmpty();
        mvc.perform(post("/review/consultation/" + batch.batchId()).with(users.as("department")).with(csrf())
                .param("agree", "true").param("comment", "同意。")).andExpect(status().is3xxRedirection());
        assertThat(proposals.opinions(batch.batchId())).singleElement()
                .satisfies(opinion -> assertThat(opinion.getUnitName()).isEqualTo("省委人才办"));
        assertThat(proposals.awaitedDepartments(batch.batchId())).doesNotContain("省委人才办");
        String page = body(get("/review/batches/" + batch.batchId() + "/proposal"), "office");
        assertThat(page).contains("省委人才办", "同意。");

        byte[] xlsx = mvc.perform(get("/review/rounds/" + round.getId() + "/ranking.xlsx").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("类别排名");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
        mvc.perform(get("/review/batches/" + batch.batchId() + "/proposal/export.xlsx").with(users.as("office")))
                .andExpect(status().isOk());
    }

    @Test
    void aShortPoolLeavesTheSeatVisiblyUnfilledAndTheRulesHoldForAdjustmentsByHand() throws Exception {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 5, List.of(List.of("郭建华")));
        long application = batch.applicationIds().get(0);
        Actor office = data.actor("office");
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 3, null, null, office);

        DrawOutcome outcome = draws.draw(round.getId(), office);
        assertThat(outcome.applicationsUnfilled()).isEqualTo(1);
        assertThat(queries.candidate(round.getId(), application).getUnfilled()).isEqualTo(1);
        assertThat(body(get("/review/rounds/" + round.getId()), "office")).contains("缺 1 位专家");
        assertThatThrownBy(() -> rankings.aggregate(round.getId(), office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.aggregate.incomplete"));

        long avoided = jdbc.queryForObject("select id from expert where full_name = '郭建华'", Long.class);
        assertThatThrownBy(() -> adjustments.assignByHand(round.getId(), application, avoided, "人手不足", office))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.assign.notAllowed"));
        assertThat(adjustments.eligibleFor(round.getId(), application)).extracting(ExpertDraw.Reviewer::name)
                .doesNotContain("郭建华");

        Assignment seat = queries.panel(round.getId(), application).get(0);
        assertThatThrownBy(() -> adjustments.removeByHand(seat.getId(), "", office)).isInstanceOf(Refusal.class);
        adjustments.removeByHand(seat.getId(), "专家出国无法评审", office);
        assertThat(queries.candidate(round.getId(), application).getUnfilled()).isEqualTo(2);
        assertThat(audit.historyOf("REVIEW_ASSIGNMENT", seat.getId())).extracting(AuditRecord::getReason)
                .containsExactly("专家出国无法评审");

        // a submitted review can be reopened by the office, with a reason
        Assignment other = active(queries.panel(round.getId(), application)).get(0);
        reviews.submit(other.getId(), expert(other), score(other, 40, 40, Recommendation.AGREE, "好。"));
        assertThatThrownBy(() -> adjustments.reopen(other.getId(), null, office)).isInstanceOf(Refusal.class);
        adjustments.reopen(other.getId(), "总分与意见不一致，请核对", office);
        Assignment reopened = reload(other);
        assertThat(reopened.getStatus()).isEqualTo(AssignmentStatus.ASSIGNED);
        reviews.saveDraft(reopened.getId(), expert(reopened), score(reopened, 42, 40, Recommendation.AGREE, "好。"));
    }

    @Test
    void onlyTheOfficeOrganisesAndOnlyTheOfficeAndSupervisorsSeeWhoReviews() throws Exception {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 5, List.of(List.of()));
        long application = batch.applicationIds().get(0);
        Actor office = data.actor("office");
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 2, null, null, office);
        mvc.perform(post("/review/rounds/" + round.getId() + "/draw").with(users.as("supervisor")).with(csrf()))
                .andExpect(status().isForbidden());
        DrawOutcome outcome = draws.draw(round.getId(), office);
        List<String> reviewers = names(queries.panel(round.getId(), application));

        for (String path : List.of("/review/rounds/" + round.getId(), "/review/draws/" + outcome.drawId(),
                "/review/rounds/" + round.getId() + "/applications/" + application,
                "/review/batches/" + batch.batchId())) {
            String page = body(get(path), "supervisor");
            if (!path.startsWith("/review/batches/")) {
                assertThat(page).contains(reviewers.get(0));
            }
            for (String user : List.of("applicant", "employer", "recommender", "expert01", "department")) {
                mvc.perform(get(path).with(users.as(user))).andExpect(status().isForbidden());
            }
        }
        assertThat(body(get("/review/draws/" + outcome.drawId()), "supervisor")).contains("复核一致");

        // the applicant, the employer and the recommending unit see the application, never its reviewers
        String applicant = jdbc.queryForObject("select u.username from app_user u join application a "
                + "on a.applicant_id = u.id where a.id = ?", String.class, application);
        for (String user : List.of(applicant, "employer", "recommender")) {
            String detail = body(get("/applications/" + application), user);
            String inbox = body(get("/notifications"), user);
            for (String name : reviewers) {
                assertThat(detail).doesNotContain(name);
                assertThat(inbox).doesNotContain(name);
            }
            mvc.perform(get("/audit").with(users.as(user))).andExpect(status().isForbidden());
        }

        // an expert opens only their own tasks, and never sees the other experts of the panel
        Assignment mine = queries.panel(round.getId(), application).get(0);
        Assignment theirs = queries.panel(round.getId(), application).get(1);
        String task = body(get("/review/tasks/" + mine.getId()), expert(mine).username());
        assertThat(task).contains("三年内建成省级重点实验室").doesNotContain(scenario.nameOfExpert(theirs.getExpertId()));
        mvc.perform(get("/review/tasks/" + theirs.getId()).with(users.as(expert(mine).username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/tasks/" + mine.getId()).with(users.as("office"))).andExpect(status().isForbidden());
        long evidence = jdbc.queryForObject("select id from attachment where application_id = ?", Long.class,
                application);
        mvc.perform(get("/review/tasks/" + mine.getId() + "/attachments/" + evidence)
                .with(users.as(expert(mine).username()))).andExpect(status().isOk());
        mvc.perform(get("/review/tasks/" + mine.getId() + "/attachments/" + evidence)
                .with(users.as(expert(theirs).username()))).andExpect(status().isNotFound());
        assertThat(body(get("/review/tasks"), expert(mine).username())).contains(
                jdbc.queryForObject("select serial_no from application where id = ?", String.class, application));
        mvc.perform(post("/review/tasks/" + mine.getId()).with(users.as(expert(mine).username())).with(csrf())
                .param("points[0]", "abc").param("version", String.valueOf(mine.getVersion())))
                .andExpect(status().isOk());

        // declining (not a conflict) also frees the seat, and the third expert of the pool takes it
        assertThatThrownBy(() -> reviews.decline(mine.getId(), expert(mine), " ")).isInstanceOf(Refusal.class);
        reviews.decline(mine.getId(), expert(mine), "近期出国访问，无法按期评审");
        assertThat(queries.assignment(mine.getId()).getStatus()).isEqualTo(AssignmentStatus.DECLINED);
        assertThat(active(queries.panel(round.getId(), application))).hasSize(2).extracting(Assignment::getExpertId)
                .doesNotContain(mine.getExpertId());
        assertThat(body(get("/review/rounds/" + round.getId() + "/applications/" + application), "office"))
                .contains("已婉拒", "近期出国访问");
    }

    private String body(MockHttpServletRequestBuilder request,
            String user) throws Exception {
        return mvc.perform(request.with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Actor expert(Assignment assignment) {
        return data.actor(scenario.usernameOfExpert(assignment.getExpertId()));
    }

    private Assignment reload(Assignment assignment) {
        return queries.assignment(assignment.getId());
    }

    private List<Assignment> active(List<Assignment> panel) {
        return panel.stream().filter(assignment -> assignment.getStatus().isActive()).toList();
    }

    private List<String> names(List<Assignment> panel) {
        return active(panel).stream().map(assignment -> scenario.nameOfExpert(assignment.getExpertId())).toList();
    }

    private static ScoreForm score(Assignment assignment, Integer innovation, Integer contribution,
            Recommendation recommendation, String comments) {
        var form = new ScoreForm();
        List<Integer> points = new ArrayList<>();
        points.add(innovation);
        points.add(contribution);
        form.setPoints(points);
        form.setRecommendation(recommendation);
        form.setComments(comments);
        form.setVersion(assignment.getVersion());
        return form;
    }
}
