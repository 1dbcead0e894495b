package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.TestData;

/** The remaining pages in a browser: bulk endorsement, the rules editor, the expert pool's status. */
class OfficeAndEmployerBrowserTests extends BrowserTest {

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    private long submitted() {
        UserAccount applicant = data.newUser("bulkbrowser", "JX-CANCER", Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), data.batchId("QR"),
                data.categoryId("QR", "YOUTH"), "江西省肿瘤医院");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        return application.getId();
    }

    @Test
    void theEmployerEndorsesTwoApplicationsAtOnceAfterConfirming() {
        long first = submitted();
        long second = submitted();
        signIn("employer07");
        open("/applications?status=SUBMITTED");
        click("input[name=ids][value='" + first + "']");
        click("input[name=ids][value='" + second + "']");
        click("#bulk-endorse");
        assertThat(awaitHeading("确认批量审核通过")).isEqualTo("确认批量审核通过");
        assertThat(find("[data-testid=bulk-chosen]").findElements(By.tagName("li"))).hasSize(2);
        click("#bulk-confirm");
        expectText("[data-testid=error-summary]", "请填写意见");
        assertThat(find("[data-testid=bulk-chosen]").findElements(By.tagName("li"))).hasSize(2);
        type("opinion", "经审核，以上人员申报材料真实，同意推荐。");
        click("#bulk-confirm");
        expectText("[role=status]", "已审核通过 2 份申报");
        assertThat(data.status(first)).isEqualTo("ENDORSED");
        assertThat(data.status(second)).isEqualTo("ENDORSED");
    }

    @Test
    void theOfficeSeesAMalformedRuleRefusedAndKeepsWhatItTyped() {
        signIn("office");
        open("/programs");
        click("a[href='/programs/categories/" + data.categoryId("SG", "SKILL") + "/rules']");
        WebElement spare = driver.findElements(By.cssSelector("select[name$='.kind']")).get(5);
        new Select(spare).selectByValue("ATTEMPT_LIMIT");
        WebElement number = driver.findElements(By.cssSelector("input[name$='.intValue']")).get(5);
        number.sendKeys("99");
        click("#save-rules");
        expectText("[data-testid=error-summary]", "有条件的参数不正确");
        assertThat(driver.findElements(By.cssSelector("input[name$='.intValue']")).get(5).getAttribute("value"))
                .isEqualTo("99");
        click("a.btn-link[href='/programs']");
        assertThat(find("main").getText()).doesNotContain("累计申报次数不超过 99 次");
    }

    @Test
    void theOfficeSuspendsAnExpertWithAReason() {
        signIn("office");
        open("/review/experts");
        WebElement row = driver.findElements(By.cssSelector("[data-testid=expert-list] tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains("朱玉兰")).findFirst().orElseThrow();
        row.findElement(By.name("reason")).sendKeys("连续两次无故不参加评审");
        row.findElement(By.cssSelector("button")).click();
        expectText("[role=status]", "已暂停该专家");
        expectText("[data-testid=expert-list]", "连续两次无故不参加评审");
    }
}
