package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

/** An applicant follows a returned application through messages and withdraws it; the office browses. */
class ApplicationBrowserTests extends BrowserTest {

    @Autowired
    Applications applications;

    @Autowired
    TestData data;

    @Test
    void anApplicantReadsTheReturnMessageAndWithdraws() {
        UserAccount applicant = data.newUser("browser", "JJU", Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(),
                data.batchId("QR"), data.categoryId("QR", "YOUTH"), "九江学院");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer04"), "请补充博士学位证书",
                TransitionFacts.NONE);

        signIn(applicant.getUsername());
        click("[data-testid=work-item][href='/notifications']");
        assertThat(awaitHeading("消息")).isEqualTo("消息");
        expectText("[data-testid=notification-list]", "您的申报 " + application.getSerialNo() + " 已被退回修改");
        click("[data-testid=notification-list] a");

        expectExactText("[data-testid=status]", "已退回修改");
        // the history names the unit that returned it, not its account
        expectText("[data-testid=history]", "请补充博士学位证书", "九江学院");
        assertThat(text("[data-testid=history]")).doesNotContain("employer04");
        type("reason", "已赴外省工作");
        click("main form button[type=submit]");
        expectText("[role=status]", "申报已撤回");
        expectExactText("[data-testid=status]", "已撤回");
        expectText("[data-testid=history]", "已赴外省工作");
    }

    @Test
    void theOfficeBrowsesProgramsAndFiltersTheExpertPool() {
        signIn("office");
        click("a[href='/programs']");
        expectText("main", "双高工程", "高技能领军人才", "申报中", "年龄不超过 45 周岁", "取得博士学位后在海外连续工作 36 个月以上", "省级以上技能大师工作室领办人");
        click("a[href='/review/experts']");
        new Select(find("#discipline")).selectByValue("320");
        click("main form button[type=submit]");
        wait.until(ExpectedConditions.urlContains("discipline=320"));
        String pool = text("[data-testid=expert-list]");
        assertThat(pool).contains("赵丽君").contains("临床医学").doesNotContain("张晓燕");
    }

    @Test
    void theOfficeOpensANewBatchAfterCorrectingItsTimetable() {
        signIn("office");
        click("a[href='/programs']");
        click("a[href$='/batches/new']");
        // the form proposes next year; the batch is that year's
        int next = data.year() + 1;
        assertThat(find("#year").getAttribute("value")).isEqualTo(String.valueOf(next));
        type("title", next + "年度双高工程人选选拔");
        // date inputs are filled as the date picker does (typed text follows the browser's locale)
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('referenceDate').value='" + next + "-12-31';"
                        + "document.getElementById('applicationOpens').value='" + next + "-10-15';"
                        + "document.getElementById('applicationCloses').value='" + next + "-09-30';");
        click("#save-batch");
        expectText("[data-testid=error-summary]", "时间安排的日期须按先后顺序");
        assertThat(find("#title").getAttribute("value")).isEqualTo(next + "年度双高工程人选选拔");
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('applicationCloses').value='" + next + "-12-31';");
        click("#save-batch");
        expectText("[role=status]", "年度批次已保存");
        expectText("[data-testid=batch-list]", next + "年度双高工程人选选拔");
    }

    @Test
    void theOfficeFailsAForwardedApplicationInFormalReviewWithAReason() {
        signIn("office");
        click("[data-testid=work-item][href='/applications?status=FORWARDED']");
        type("q", "彭晓琳");
        click("form[action='/applications'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("q="));
        click("[data-testid=application-list] tbody a");
        expectText("[data-testid=formal-review]", "形式审查");
        click("#formal-fail");
        expectText("[role=alert]", "须填写原因");
        type("formal-reason", "专业技术职务任职资格证书未经人社部门认定");
        click("#formal-fail");
        expectText("[role=status]", "形式审查不通过");
        expectExactText("[data-testid=status]", "形式审查未通过");
        expectText("[data-testid=history]", "专业技术职务任职资格证书未经人社部门认定");
    }
}
