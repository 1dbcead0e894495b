package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.support.TestData;

/**
 * The application stage end to end in a browser: an applicant registers, starts an application,
 * sees an age failure explained, requests an exception and submits; the employer returns it; the
 * applicant resubmits; the employer sees what changed and endorses.
 */
class DossierBrowserTests extends BrowserTest {

    @Autowired
    TestData data;

    @Test
    void fromRegistrationToEndorsement() throws Exception {
        open("/register");
        type("fullName", "司马长风");
        // 48 years old on the open batch's reference date
        String first17 = "360102" + (data.year() - 48) + "0615001";
        type("idNumber", first17 + IdNumber.checkCharacter(first17));
        type("phone", "13712345678");
        type("email", "sima@example.cn");
        new Select(find("#employerId")).selectByVisibleText("南昌大学");
        type("username", "simachangfeng");
        type("password", "Changfeng2026");
        type("confirmPassword", "Changfeng2026");
        click("#register-submit");
        expectText("[role=status]", "注册信息已提交");

        signIn("simachangfeng", "Changfeng2026");
        click("a[href='/applications/new']");
        click("[data-testid=open-batch] button");
        expectText("h1", "申报材料");

        new Select(find("#degree")).selectByValue("MASTER");
        wait.until(driver -> find("[data-testid=eligibility]").getText().contains("须具备以下之一"));
        new Select(find("#degree")).selectByValue("DOCTOR");
        wait.until(driver -> find("[data-testid=eligibility]").getText().contains("具有博士"));
        new Select(find("#title")).selectByValue("DEPUTY_SENIOR");
        new Select(find("#disciplineCode")).selectByValue("320");
        new Select(find("select[name='achievements[0].kind']")).selectByValue("PROVINCIAL_PROJECT_LEAD");
        find("textarea[name='achievements[0].description']").sendKeys("主持省级重点研发计划项目");
        // 004 §二(二)1: 须全职在我省创新创业, declared and proven
        click("input[name='conditionsDeclared'][value='FULL_TIME_IN_JIANGXI']");
        type("trainingGoals", "三年内建成省级重点实验室");
        click("#save-dossier");
        expectText("[role=status]", "申报材料已保存");
        String check = find("[data-testid=eligibility]").getText();
        assertThat(check).contains("年龄 48 岁，超过上限 45 岁（以 " + data.referenceDate() + " 计）");

        assertThat(check).contains("请上传证明材料");

        Path evidence = Files.createTempFile("立项文件", ".pdf");
        Files.write(evidence, "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        new Select(find("#attachment-kind")).selectByValue("PROVINCIAL_PROJECT_LEAD");
        find("#attachment-file").sendKeys(evidence.toString());
        type("supportMeasures", "单位配套科研经费五十万元"); // typed, not saved: the upload keeps it
        click("#upload");
        expectText("[role=status]", "附件已上传");
        assertThat(find("#supportMeasures").getAttribute("value")).isEqualTo("单位配套科研经费五十万元");
        expectText("[data-testid=eligibility]", "符合业绩条件");
        new Select(find("#attachment-kind")).selectByValue("FULL_TIME_IN_JIANGXI");
        find("#attachment-file").sendKeys(evidence.toString());
        click("#upload");
        expectText("[data-testid=eligibility]", "已声明并证明");

        click("#submit-dossier");
        expectText("[role=alert]", "资格条件尚未全部符合");

        click("#exceptionRequested1");
        type("exceptionJustification", "牵头完成国家重大专项，业绩特别突出");
        click("#submit-dossier");
        expectText("[role=status]", "已提交（第 1 版）");
        expectText("[data-testid=exception]", "破格");
        signOut();

        signIn("employer");
        open("/applications?q=" + "司马");
        click("[data-testid=application-list] tbody a");
        type("decision-reason", "请补充项目验收证明");
        click("#return");
        expectText("[role=status]", "已退回");
        signOut();

        signIn("simachangfeng", "Changfeng2026");
        click("a[href='/applications']");
        click("[data-testid=application-list] tbody a");
        expectText("[data-testid=history]", "请补充项目验收证明");
        click("#edit-dossier");
        expectText(".alert-warning", "退回修改");
        find("textarea[name='achievements[0].description']").sendKeys("（已通过验收）");
        click("#submit-dossier");
        expectText("[role=status]", "第 2 版");
        signOut();

        signIn("employer");
        open("/applications?q=" + "司马");
        click("[data-testid=application-list] tbody a");
        click("[data-testid=versions] a[href*='diff']");
        expectText("[data-testid=diff]", "achievements[1].description", "已通过验收");
        driver.navigate().back();
        expectText("[data-testid=attachments]", ".pdf");
        click("[data-testid=versions] a[href$='/versions/2']");
        expectText("h1", "申报材料（第 2 版）");
        expectText("main", "主持省级重点研发计划项目（已通过验收）", "牵头完成国家重大专项，业绩特别突出");
        driver.navigate().back();
        // the opinion is required: without it the page says so and nothing changes
        click("#endorse");
        expectText("[role=alert]", "须填写单位意见");
        type("decision-opinion", "经审核，申报材料真实，同意推荐。");
        click("#endorse");
        expectExactText("[data-testid=status]", "单位审核通过");
        expectText("[data-testid=employer-opinion]", "经审核，申报材料真实，同意推荐。");
        assertThat(driver.findElements(By.id("endorse"))).isEmpty();
    }
}
