package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.program.Programs;
import cn.gov.talent.review.Draws;
import cn.gov.talent.review.ExpertReviews;
import cn.gov.talent.review.Recommendation;
import cn.gov.talent.review.ReviewMode;
import cn.gov.talent.review.ReviewRound;
import cn.gov.talent.review.ReviewRounds;
import cn.gov.talent.review.ScoreForm;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * The review stage in a browser, each test on a fresh batch from {@link ReviewScenario} in 临床医学
 * (320), whose pool outside 南昌大学 is 赵丽君, 徐红梅 and 郭建华: the office organises a round and
 * draws, the supervisor checks the draw; an expert reads the dossier and declares a conflict, and is
 * replaced; an expert is told what is missing, keeps what they typed, submits and is locked out;
 * the office ranks, proposes the list and the consulted department gives its opinion.
 */
class ReviewBrowserTests extends BrowserTest {

    static final String CLINICAL = "320";

    static final List<String> CLINICAL_POOL = List.of("赵丽君", "徐红梅", "郭建华");

    @Autowired
    ReviewScenario scenario;

    @Autowired
    ReviewRounds rounds;

    @Autowired
    Draws draws;

    @Autowired
    ExpertReviews reviews;

    @Autowired
    Programs programs;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeDrawsExpertsAndTheSupervisorChecksTheDraw() {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 5, List.of(List.of(), List.of("郭建华")));
        String free = serial(batch.applicationIds().get(0));
        String avoiding = serial(batch.applicationIds().get(1));
        String title = programs.batch(batch.batchId()).orElseThrow().title();

        signIn("office");
        click("a.nav-link[href='/review/batches']");
        expectText("h1", "专家评审");
        click("[data-testid=review-batches] a[href='/review/batches/" + batch.batchId() + "']");
        expectText("h1", title);
        expectText("[data-testid=rounds]", "尚未组织评审");
        new Select(find("#mode")).selectByValue("CORRESPONDENCE");
        type("expertsPerApplication", "2");
        click("#create-round");
        expectText("[role=status]", "已新建评审轮次");
        expectText("h1", "第 1 轮（通讯评审）");
        long roundId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/review/rounds/(\\d+).*", "$1"));

        click("#draw");
        expectText("[role=status]", "已为 2 份申报抽取专家，0 份未满额");
        expectText("[data-testid=progress]", "待评审 4 份", "未满额席位 0 个");
        String avoidingPanel = entry("[data-testid=candidates]", avoiding).getText();
        assertThat(avoidingPanel).contains("赵丽君·待评审", "徐红梅·待评审").doesNotContain("郭建华");
        assertThat(CLINICAL_POOL.stream().filter(entry("[data-testid=candidates]", free).getText()::contains))
                .hasSize(2);
        assertThat(driver.findElements(By.cssSelector("[data-testid=candidates] [data-testid=unfilled]"))).isEmpty();

        expectText("[data-testid=draws]", "整轮抽取", "office");
        click("[data-testid=draws] a[href^='/review/draws/']");
        expectText("h1", "抽取记录");
        expectText("[data-testid=rerun]", "复核一致");
        assertThat(row("[data-testid=draw-result]", avoiding).getText()).contains("赵丽君", "徐红梅");
        signOut();

        // the supervisor reads the round and checks the draw, but cannot draw or aggregate
        signIn("supervisor");
        click("a.nav-link[href='/review/batches']");
        click("[data-testid=review-batches] a[href='/review/batches/" + batch.batchId() + "']");
        expectText("h1", title);
        assertThat(driver.findElements(By.id("create-round"))).isEmpty();
        click("[data-testid=rounds] a[href='/review/rounds/" + roundId + "']");
        expectText("h1", "第 1 轮（通讯评审）");
        assertThat(entry("[data-testid=candidates]", avoiding).getText()).contains("赵丽君", "徐红梅");
        assertThat(driver.findElements(By.id("draw"))).isEmpty();
        assertThat(driver.findElements(By.id("aggregate"))).isEmpty();
        click("[data-testid=draws] a[href^='/review/draws/']");
        expectText("[data-testid=rerun]", "复核一致");
    }

    @Test
    void anExpertReadsTheDossierDeclaresAConflictAndIsReplaced() {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 5, List.of(List.of()));
        long application = batch.applicationIds().get(0);
        long roundId = drawnRound(batch);
        Map<String, Object> seat = seats(roundId, application).get(0);
        String conflicted = (String) seat.get("full_name");

        signIn((String) seat.get("username"));
        click("a.nav-link[href='/review/tasks']");
        expectText("h1", "评审任务");
        openTask(serial(application));
        expectText("h1", "评审：");
        String page = find("main").getText();
        assertThat(page).contains("三年内建成省级重点实验室", "320", "南昌大学");
        CLINICAL_POOL.stream().filter(name -> !name.equals(conflicted))
                .forEach(other -> assertThat(page).doesNotContain(other));

        click("#declare-conflict");
        expectText("[role=alert]", "请填写回避理由");
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).hasSize(1);
        type("conflictReason", "曾与申报人合作发表论文");
        click("#declare-conflict");
        expectText("[role=status]", "已声明回避");
        assertThat(find("[data-testid=task-list]").getText()).doesNotContain(serial(application));
        signOut();

        signIn("office");
        open("/review/rounds/" + roundId);
        WebElement panel = entry("[data-testid=candidates]", serial(application));
        List<String> badges = panel.findElements(By.cssSelector(".badge")).stream().map(WebElement::getText).toList();
        assertThat(badges).contains(conflicted + "·已回避");
        assertThat(badges).filteredOn(badge -> badge.endsWith("·待评审")).hasSize(2)
                .noneMatch(badge -> badge.startsWith(conflicted));
        assertThat(panel.findElements(By.cssSelector("[data-testid=unfilled]"))).isEmpty();
        expectText("[data-testid=progress]", "待评审 2 份");
        expectText("[data-testid=draws]", "补抽：专家声明回避");

        click("[data-testid=candidates] tr[data-serial='" + serial(application) + "'] a");
        assertThat(row("[data-testid=panel]", conflicted).getText()).contains("已回避", "曾与申报人合作发表论文");
    }

    @Test
    void anExpertIsToldWhatIsMissingKeepsWhatTheyTypedAndSubmits() {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 5, List.of(List.of()));
        long application = batch.applicationIds().get(0);
        long roundId = drawnRound(batch);
        Map<String, Object> seat = seats(roundId, application).get(0);
        String comments = "创新能力突出，临床转化成果显著，建议入选。";

        signIn((String) seat.get("username"));
        click("a.nav-link[href='/review/tasks']");
        openTask(serial(application));
        type("points0", "45");
        click("input[name=recommendation][value=AGREE]");
        type("comments", comments);
        click("#submit-review");

        expectText("[data-testid=error-summary]", "请修改以下问题后再提交", "请为“业绩贡献”评分");
        assertThat(text("[data-testid=error-summary]")).doesNotContain("推荐意见").doesNotContain("请填写评审意见");
        expectText("h1", "评审：");
        assertThat(find("#comments").getAttribute("value")).isEqualTo(comments);
        assertThat(find("#points0").getAttribute("value")).isEqualTo("45");
        assertThat(find("#points1").getAttribute("value")).isEmpty();
        assertThat(find("input[name=recommendation][value=AGREE]").isSelected()).isTrue();
        assertThat(data.status(application)).isEqualTo("IN_REVIEW");

        click("[data-testid=error-summary] a[href='#points1']");
        type("points1", "40");
        click("#submit-review");
        expectText("[role=status]", "已提交评审意见");
        assertThat(find("[data-testid=task-list]").getText()).doesNotContain(serial(application));

        click("a.nav-link[href='/review/tasks?submitted=true']");
        find("a.nav-link.active[href='/review/tasks?submitted=true']");
        openTask(serial(application));
        expectText("[data-testid=locked]", "已提交");
        assertThat(find("#points0").getAttribute("value")).isEqualTo("45");
        assertThat(find("#points1").getAttribute("value")).isEqualTo("40");
        assertThat(find("#comments").getAttribute("value")).isEqualTo(comments);
        assertThat(find("#submit-review").isEnabled()).isFalse();
        assertThat(find("#comments").isEnabled()).isFalse();
        assertThat(driver.findElements(By.id("declare-conflict"))).isEmpty();

        // the other expert of the panel submits too: the application is reviewed
        long other = ((Number) seats(roundId, application).get(1).get("id")).longValue();
        submit(other, 44, 46, Recommendation.AGREE, "业绩显著。");
        assertThat(data.status(application)).isEqualTo("REVIEWED");
    }

    @Test
    void theOfficeRanksProposesTheListAndTheDepartmentGivesItsOpinion() {
        ReviewScenario.Batch batch = scenario.qualified(CLINICAL, 2, List.of(List.of(), List.of()));
        long weaker = batch.applicationIds().get(0);
        long stronger = batch.applicationIds().get(1);
        long roundId = drawnRound(batch);
        for (Map<String, Object> seat : seats(roundId, weaker)) {
            submit(((Number) seat.get("id")).longValue(), 30, 35, Recommendation.DISAGREE, "基础尚弱。");
        }
        List<Map<String, Object>> strongerSeats = seats(roundId, stronger);
        submit(((Number) strongerSeats.get(0).get("id")).longValue(), 45, 45, Recommendation.AGREE, "创新能力突出。");
        submit(((Number) strongerSeats.get(1).get("id")).longValue(), 44, 46, Recommendation.AGREE, "业绩显著。");

        signIn("office");
        click("a.nav-link[href='/review/batches']");
        click("[data-testid=review-batches] a[href='/review/batches/" + batch.batchId() + "']");
        click("[data-testid=rounds] a[href='/review/rounds/" + roundId + "']");
        expectText("[data-testid=progress]", "已提交评审意见 4 份");
        click("#aggregate");
        expectText("[role=status]", "已汇总本轮评审结果");
        expectText("h1", "评审排名");
        List<WebElement> ranking = driver.findElements(By.cssSelector("[data-testid=ranking] tbody tr"));
        assertThat(ranking).hasSize(2);
        List<String> first = cells(ranking.get(0));
        assertThat(first.get(0)).isEqualTo("1");
        assertThat(first.get(2)).isEqualTo(serial(stronger));
        assertThat(first.get(8)).isEqualTo("90.00");
        assertThat(first.get(10)).isEqualTo("2");
        assertThat(cells(ranking.get(1))).element(0).isEqualTo("2");
        assertThat(cells(ranking.get(1))).element(2).isEqualTo(serial(weaker));

        click("p.d-print-none a[href='/review/rounds/" + roundId + "']");
        expectText("h1", "第 1 轮（通讯评审）");
        find("#ranking-link");
        assertThat(driver.findElements(By.id("draw"))).isEmpty();
        click("p.d-print-none a[href='/review/batches/" + batch.batchId() + "']");
        click("a[href='/review/batches/" + batch.batchId() + "/proposal']");
        expectText("h1", "拟入选名单");
        expectText("[data-testid=proposal-status]", "尚未拟定");
        click("#draft-proposal");
        expectText("[role=status]", "已按排名拟定名单");
        assertThat(cells(entry("[data-testid=proposal]", serial(stronger)))).element(7).isEqualTo("是");
        assertThat(cells(entry("[data-testid=proposal]", serial(weaker)))).element(7).isEqualTo("是");

        // a departure from the suggestion needs a reason
        click("[data-testid=proposal] tr[data-serial='" + serial(weaker) + "'] button");
        expectText("[role=alert]", "请填写理由");
        WebElement reason = entry("[data-testid=proposal]", serial(weaker)).findElement(By.name("reason"));
        reason.clear();
        reason.sendKeys("专家组多数不同意，暂缓入选");
        click("[data-testid=proposal] tr[data-serial='" + serial(weaker) + "'] button");
        expectText("[role=status]", "已移出名单");
        List<String> removed = cells(entry("[data-testid=proposal]", serial(weaker)));
        assertThat(removed.get(7)).isEqualTo("否");
        assertThat(removed.get(8)).isEqualTo("专家组多数不同意，暂缓入选");

        click("#confirm-proposal");
        expectText("[role=status]", "已确认拟入选名单");
        expectText("[data-testid=proposal-status]", "已确认，正在征求意见");
        assertThat(driver.findElements(By.id("draft-proposal"))).isEmpty();
        expectText("[data-testid=awaited]", "省委人才办");
        assertThat(data.status(stronger)).isEqualTo("PROPOSED");
        assertThat(data.status(weaker)).isEqualTo("NOT_SELECTED");
        signOut();

        signIn("department");
        click("a.nav-link[href='/review/consultation']");
        expectText("h1", "征求意见");
        click("[data-testid=consultations] a[href='/review/consultation/" + batch.batchId() + "']");
        String proposed = find("[data-testid=proposed]").getText();
        assertThat(proposed).contains(serial(stronger)).doesNotContain(serial(weaker));
        click("#agree-no");
        click("#submit-opinion");
        expectText("[role=alert]", "不同意的，请说明理由");
        assertThat(find("#agree-no").isSelected()).isTrue();
        click("#agree-yes");
        type("comment", "同意拟入选名单。");
        click("#submit-opinion");
        expectText("[role=status]", "已提交意见");
        assertThat(find("#agree-yes").isSelected()).isTrue();
        assertThat(find("#comment").getAttribute("value")).isEqualTo("同意拟入选名单。");
        signOut();

        signIn("office");
        open("/review/batches/" + batch.batchId() + "/proposal");
        String opinion = row("[data-testid=opinions]", "省委人才办").getText();
        assertThat(opinion).contains("同意", "同意拟入选名单。").doesNotContain("不同意");
        assertThat(driver.findElements(By.cssSelector("[data-testid=awaited]")).stream().map(WebElement::getText))
                .noneMatch(text -> text.contains("省委人才办"));
    }

    /** A first round (通讯评审, 2 experts per application) drawn for the scenario's batch, as test set-up. */
    private long drawnRound(ReviewScenario.Batch batch) {
        ReviewRound round = rounds.createRound(batch.batchId(), ReviewMode.CORRESPONDENCE, 2, null, null,
                data.actor("office"));
        draws.draw(round.getId(), data.actor("office"));
        return round.getId();
    }

    /** The application's active seats, in order: assignment id, expert name and the expert's login. */
    private List<Map<String, Object>> seats(long roundId, long applicationId) {
        return jdbc.queryForList("select a.id, e.full_name, u.username from review_assignment a "
                + "join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id "
                + "where a.round_id = ? and a.application_id = ? and a.status in ('ASSIGNED', 'SUBMITTED') "
                + "order by a.id", roundId, applicationId);
    }

    private void submit(long assignmentId, int innovation, int contribution, Recommendation recommendation,
            String comments) {
        Map<String, Object> seat = jdbc.queryForMap("select a.version, u.username from review_assignment a "
                + "join expert e on e.id = a.expert_id join app_user u on u.id = e.user_id where a.id = ?", assignmentId);
        var form = new ScoreForm();
        form.setPoints(new ArrayList<>(List.of(innovation, contribution)));
        form.setRecommendation(recommendation);
        form.setComments(comments);
        form.setVersion(((Number) seat.get("version")).longValue());
        reviews.submit(assignmentId, data.actor((String) seat.get("username")), form);
    }

    private String serial(long applicationId) {
        return jdbc.queryForObject("select serial_no from application where id = ?", String.class, applicationId);
    }

    /** Waits for the page (after a click, the next page) to show the text in the element. */
    private void expectText(String css, String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        } catch (TimeoutException timeout) {
            throw new AssertionError("expected " + css + " to contain \"" + text + "\"; the page shows:\n"
                    + driver.findElement(By.tagName("main")).getText(), timeout);
        }
    }

    /** The row of the application with this serial number in a table whose rows carry it. */
    private WebElement entry(String table, String serial) {
        return find(table + " tbody tr[data-serial='" + serial + "']");
    }

    /** The row of a table that mentions {@code text}. */
    private WebElement row(String table, String text) {
        return wait.until(d -> d.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** Opens the task of the application from the task list, paging on as the expert would if needed. */
    private void openTask(String serial) {
        for (int page = 0; page < 20; page++) {
            find("[data-testid=task-list]");
            var rows = driver.findElements(By.cssSelector("[data-testid=task-list] tbody tr[data-serial='" + serial + "']"));
            if (!rows.isEmpty()) {
                WebElement link = rows.get(0).findElement(By.cssSelector("a"));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
                link.click();
                wait.until(ExpectedConditions.urlMatches("/review/tasks/\\d+$"));
                return;
            }
            List<WebElement> next = driver.findElements(By.cssSelector("nav .pagination li:last-child:not(.disabled) a"));
            if (next.isEmpty()) {
                break;
            }
            WebElement list = driver.findElement(By.cssSelector("[data-testid=task-list]"));
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(list));
        }
        throw new AssertionError("no task for " + serial + " in the task list");
    }
}
