package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.TestData;

/**
 * The office gives a quota; the recommending unit nominates up to it, is refused beyond it,
 * records its evaluation and local notice, forwards; the office's dashboard shows it forwarded.
 */
class NominationBrowserTests extends BrowserTest {

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    @Autowired
    Programs programs;

    @Autowired
    Nominations nominations;

    private static final AtomicInteger PROGRAMS = new AtomicInteger();

    @Test
    void theUnitReachesEveryEndorsedApplicationPageByPage() {
        String code = "PG" + PROGRAMS.incrementAndGet() + System.nanoTime() % 10000;
        Program program = programs.createProgram(code, "分页测试工程 " + code, ProgramTier.PROVINCIAL, "测试",
                List.<String[]>of(new String[] {"PRO", "专业技术人才"}));
        var today = data.today();
        long batch = programs.createBatch(program.getId(), data.year(), "分页测试批次 " + code, BatchStage.OPEN,
                today.minusDays(10), today.plusDays(10), data.referenceDate()).id();
        long category = program.getCategories().get(0).getId();
        for (int i = 1; i <= 51; i++) {
            endorsedIn(batch, category, "分页%02d号".formatted(i));
        }
        nominations.setQuota(batch, data.unitId("JX-EDU"), 1, data.actor("office"));

        signIn("recommender04");
        open("/recommendation/batches/" + batch);
        expectText("[data-testid=pending]", "分页01号", "分页50号");
        assertThat(text("[data-testid=pending]")).doesNotContain("分页51号");
        expectText("nav .pagination", "1 / 2");
        click("nav .pagination li:last-child a");
        wait.until(ExpectedConditions.urlContains("page=1"));
        expectText("[data-testid=pending]", "分页51号");
        assertThat(text("[data-testid=pending]")).doesNotContain("分页50号");
        opinion("同意推荐。");
        click("[data-testid=pending] button[value=nominate]");
        expectText("[role=status]", "已推荐");
    }

    /** Types the unit's opinion (推荐意见) for the first candidate of the pending list. */
    private void opinion(String text) {
        WebElement field = find("[data-testid=pending] input[name=opinion]");
        field.clear();
        field.sendKeys(text);
    }

    private void endorsedIn(long batch, long category, String name) {
        UserAccount applicant = data.newUser("pagednominee", "JXUFE", Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, name, batch, category, "江西财经大学");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer06"), "同意推荐。",
                TransitionFacts.NONE);
    }

    private void endorsed() {
        UserAccount applicant = data.newUser("browsernominee", "JXUFE", Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), data.batchId("BQW"),
                data.categoryId("BQW", "PROV"), "江西财经大学");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.ENDORSE, data.actor("employer06"), "同意推荐。",
                TransitionFacts.NONE);
    }

    @Test
    void nominateUpToTheQuotaConfirmTheNoticeAndForward() {
        for (int i = 0; i < 3; i++) {
            endorsed();
        }
        long batch = data.batchId("BQW");
        signIn("office");
        open("/recommendation/quotas/" + batch);
        WebElement row = driver.findElements(By.cssSelector("[data-testid=quotas] tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains("省教育厅")).findFirst().orElseThrow();
        row.findElement(By.name("places")).sendKeys("2");
        row.findElement(By.cssSelector("button")).click();
        expectText("[role=status]", "推荐名额已保存");
        signOut();

        signIn("recommender04");
        click("a[href='/recommendation']");
        click("[data-testid=nomination-batches] a[href='/recommendation/batches/" + batch + "']");
        expectText("[data-testid=quota]", "已用 0 / 共 2");
        var rankInputs = driver.findElements(By.cssSelector("[data-testid=pending] .rank-input"));
        rankInputs.get(0).sendKeys("1");
        rankInputs.get(0).sendKeys(Keys.TAB);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=pending] [role=status]")).stream()
                .anyMatch(status -> status.getText().contains("已保存")));
        rankInputs.get(1).sendKeys("1");
        rankInputs.get(1).sendKeys(Keys.TAB);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=pending] [role=status]")).stream()
                .anyMatch(status -> status.getText().contains("不能并列")));
        // the opinion is required to nominate
        click("[data-testid=pending] button[value=nominate]");
        expectText("[role=alert]", "请填写意见");
        for (int i = 0; i < 2; i++) {
            opinion("经综合评价，同意推荐。");
            click("[data-testid=pending] button[value=nominate]");
            expectText("[role=status]", "已推荐");
        }
        expectText("[data-testid=quota]", "已用 2 / 共 2");
        expectText("[data-testid=nominated]", "经综合评价，同意推荐。");
        opinion("经综合评价，同意推荐。");
        click("[data-testid=pending] button[value=nominate]");
        expectText("[role=alert]", "推荐名额已用完");
        // refused, the opinion typed is still there
        assertThat(find("[data-testid=pending] input[name=opinion]").getAttribute("value")).isEqualTo("经综合评价，同意推荐。");

        // the unit's own notice ran for a week and ended before today
        var today = data.today();
        String noticeDates = "document.getElementById('starts').value='" + today.minusDays(26) + "';"
                + "document.getElementById('ends').value='" + today.minusDays(19) + "';";
        ((JavascriptExecutor) driver).executeScript("document.getElementById('eval-date').value='"
                + today.minusDays(30) + "';" + noticeDates);
        type("summary", "组织专家评审并实地考察");
        click("#save-evaluation");
        expectText("[role=status]", "综合评价情况已保存");
        ((JavascriptExecutor) driver).executeScript(noticeDates);
        click("#confirm-notice");
        expectText("[role=status]", "公示结果已确认");
        click("#forward");
        expectText("[data-testid=forwarded]", "已锁定");
        assertThat(driver.findElements(By.id("forward"))).isEmpty();
        signOut();

        signIn("office");
        open("/recommendation/dashboard/" + batch);
        String dashboard = find("[data-testid=dashboard]").getText();
        assertThat(dashboard.lines().filter(line -> line.contains("省教育厅")).findFirst().orElseThrow())
                .contains("已报送");
    }
}
