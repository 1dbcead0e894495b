package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
        Actor actor = Actor.of(applicant.toCurrentUser());
        Application application = applications.createDraft(actor, applicant.getFullName(),
                data.batchId("QR", 2026), data.categoryId("QR", "YOUTH"), "九江学院");
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        applications.fire(application.getId(), WorkflowEvent.RETURN, data.actor("employer04"), "请补充博士学位证书",
                TransitionFacts.NONE);

        signIn(applicant.getUsername());
        click("[data-testid=work-item][href='/notifications']");
        assertThat(awaitHeading("消息")).isEqualTo("消息");
        assertThat(find("[data-testid=notification-list]").getText())
                .contains("您的申报 " + application.getSerialNo() + " 已被退回修改");
        click("[data-testid=notification-list] a");

        assertThat(find("[data-testid=status]").getText()).isEqualTo("已退回修改");
        assertThat(find("[data-testid=history]").getText()).contains("请补充博士学位证书").contains("employer04");
        type("reason", "已赴外省工作");
        click("main form button[type=submit]");
        assertThat(find("[role=status]").getText()).contains("申报已撤回");
        assertThat(find("[data-testid=status]").getText()).isEqualTo("已撤回");
        assertThat(find("[data-testid=history]").getText()).contains("已赴外省工作");
    }

    @Test
    void theOfficeBrowsesProgramsAndFiltersTheExpertPool() {
        signIn("office");
        click("a[href='/programs']");
        assertThat(find("main").getText()).contains("双高工程").contains("高技能领军人才").contains("申报中")
                .contains("年龄不超过 45 周岁").contains("取得博士学位后在海外连续工作 36 个月以上")
                .contains("省级以上技能大师工作室领办人");
        click("a[href='/review/experts']");
        new Select(find("#discipline")).selectByValue("320");
        click("main form button[type=submit]");
        String pool = find("[data-testid=expert-list]").getText();
        assertThat(pool).contains("赵丽君").contains("临床医学").doesNotContain("张晓燕");
    }

    @Test
    void theOfficeOpensANewBatchAfterCorrectingItsTimetable() {
        signIn("office");
        click("a[href='/programs']");
        click("a[href$='/batches/new']");
        type("title", "2027年度双高工程人选选拔");
        // date inputs are filled as the date picker does (typed text follows the browser's locale)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('referenceDate').value='2027-12-31';"
                        + "document.getElementById('applicationOpens').value='2027-10-15';"
                        + "document.getElementById('applicationCloses').value='2027-09-30';");
        click("#save-batch");
        assertThat(find("[data-testid=error-summary]").getText()).contains("时间安排的日期须按先后顺序");
        assertThat(find("#title").getAttribute("value")).isEqualTo("2027年度双高工程人选选拔");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('applicationCloses').value='2027-12-31';");
        click("#save-batch");
        assertThat(find("[role=status]").getText()).contains("年度批次已保存");
        assertThat(find("[data-testid=batch-list]").getText()).contains("2027年度双高工程人选选拔");
    }

    @Test
    void theOfficeFailsAForwardedApplicationInFormalReviewWithAReason() {
        signIn("office");
        click("[data-testid=work-item][href='/applications?status=FORWARDED']");
        type("q", "彭晓琳");
        click("form[action='/applications'] button[type=submit]");
        click("[data-testid=application-list] tbody a");
        assertThat(find("[data-testid=formal-review]").getText()).contains("形式审查");
        click("#formal-fail");
        assertThat(find("[role=alert]").getText()).contains("须填写原因");
        type("formal-reason", "专业技术职务任职资格证书未经人社部门认定");
        click("#formal-fail");
        assertThat(find("[role=status]").getText()).contains("形式审查不通过");
        assertThat(find("[data-testid=status]").getText()).isEqualTo("形式审查未通过");
        assertThat(find("[data-testid=history]").getText()).contains("专业技术职务任职资格证书未经人社部门认定");
    }
}
