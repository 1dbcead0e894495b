package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.support.TestData;

/**
 * A whole year after selection in a browser, on the demo's people (see TrackingDemoData): 江雪梅
 * ({@code applicant27}, 南昌大学, recommended by 南昌市人社局), whose first year ends in a fortnight,
 * records two outputs (one funded without the acknowledgement, which the page marks) and submits the
 * year's report; the employer grades it, the recommending unit confirms it, the office files it. Then
 * the office holds the final assessment of 钟国强 ({@code applicant28}), whose cycle ends next month,
 * and his record shows the cycle completed.
 */
class TrackingBrowserTests extends BrowserTest {

    /** The demo person whose first year's report window is open and nothing submitted yet. */
    static final String PERSON = "applicant27";

    /** The demo person at the end of the cycle, waiting for the final assessment. */
    static final String AT_THE_END = "applicant28";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void aWholeYearFromTheReportToTheFileThenTheFinalAssessment() throws IOException {
        long record = recordOf(PERSON);
        LocalDate today = data.today();

        // 1. the person opens their record from the list, records two outputs and reports on the year
        signIn(PERSON);
        open("/talents");
        click("a[href='/talents/" + record + "']");
        expectText("[data-testid=talent-status]", "培养期内");
        addOutput("PAPER", "基于深度学习的流域水质预测方法", today, "NATIONAL", 1, true, true, evidencePdf());
        expectText("[role=status]", "成果已登记");
        addOutput("PATENT", "一种水质在线监测装置", today, "NATIONAL", 2, true, false, null);
        expectText("[role=status]", "成果已登记");
        expectText("main", "基于深度学习的流域水质预测方法", "一种水质在线监测装置");
        assertThat(driver.findElements(By.cssSelector("[data-testid=missing-acknowledgement]")))
                .as("the funded patent without the acknowledgement is marked").isNotEmpty();
        choose("cycleYear", "1");
        type("progress", "完成第一年度目标：建成流域水质监测平台，发表论文1篇，申请发明专利1项。");
        click("#submit-report");
        expectText("[role=status]", "年度总结已提交");
        expectText("[data-testid=report-1]", "已提交，待单位评定");
        signOut();

        // 2. the employer grades it, with its opinion
        signIn("employer");
        open("/talents/" + record);
        expectText("[data-testid=report-1]", "已提交，待单位评定");
        choose("grade-1", "PASS");
        type("opinion-1", "完成年度培养目标，考核合格。");
        click("#grade-submit-1");
        expectText("[role=status]", "已评定年度考核等次");
        expectText("[data-testid=report-1]", "单位已评定，待推荐单位确认");
        assertThat(driver.findElements(By.id("confirm-1"))).as("the employer does not confirm").isEmpty();
        signOut();

        // 3. the recommending unit confirms the grade
        signIn("recommender");
        open("/talents/" + record);
        click("#confirm-1");
        expectText("[role=status]", "已确认年度考核");
        expectText("[data-testid=report-1]", "推荐单位已确认，待工程办公室归档");
        assertThat(driver.findElements(By.id("file-1"))).as("the recommending unit does not file").isEmpty();
        signOut();

        // 4. the office files it in the 考绩档案
        signIn("office");
        open("/talents/" + record);
        click("#file-1");
        expectText("[role=status]", "已归档");
        expectText("[data-testid=report-1]", "已归档");
        assertThat(jdbc.queryForObject("select status from yearly_report where talent_record_id = ? and cycle_year = 1",
                String.class, record)).isEqualTo("FILED");

        // 5. the office holds the final assessment of a record at the end of its cycle
        long ending = recordOf(AT_THE_END);
        open("/talents/" + ending);
        expectText("[data-testid=talent-status]", "培养期内");
        type("innovation", "主持省重点研发计划项目，突破矿山生态修复关键技术。");
        type("results", "发表论文6篇，获授权发明专利2项，获省科技进步奖二等奖。");
        type("service", "技术在省内4个矿区推广应用。");
        type("training", "培养研究生6名、青年骨干2名。");
        type("team", "组建10人的矿山生态修复团队。");
        type("employerMeasures", "单位配套经费30万元，提供实验用房。");
        choose("outcome", "PASS");
        click("#final-submit");
        expectText("[role=status]", "终期考核已完成");
        expectText("[data-testid=talent-status]", "已完成培养周期");
        assertThat(jdbc.queryForObject("select status from talent_record where id = ?", String.class, ending))
                .isEqualTo("COMPLETED");
    }

    private void addOutput(String kind, String title, LocalDate achievedOn, String level, int rank, boolean funded,
            boolean acknowledged, Path evidence) {
        find("#output-form");
        choose("output-kind", kind);
        type("output-title", title);
        // date inputs are filled as the date picker does (typed text follows the browser's locale)
        ((JavascriptExecutor) driver).executeScript("document.getElementById('output-achievedOn').value = arguments[0];",
                achievedOn.toString());
        choose("output-level", level);
        type("output-authorRank", String.valueOf(rank));
        tick("output-funded", funded);
        tick("output-acknowledged", acknowledged);
        if (evidence != null) {
            driver.findElement(By.id("output-evidence")).sendKeys(evidence.toString());
        }
        click("#add-output");
    }

    /** Chooses a value in a select; a field the page fixed (hidden, one choice) is left as it is. */
    private void choose(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        if ("select".equalsIgnoreCase(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else if (!"hidden".equalsIgnoreCase(field.getAttribute("type"))) {
            type(id, value);
        } else {
            assertThat(field.getAttribute("value")).as(id).isEqualTo(value);
        }
    }

    /** Checks or unchecks a checkbox, whatever it showed first. */
    private void tick(String id, boolean checked) {
        if (find("#" + id).isSelected() != checked) {
            click("#" + id);
        }
    }

    private long recordOf(String username) {
        return jdbc.queryForObject("""
                select r.id from talent_record r join app_user u on u.id = r.applicant_id where u.username = ?""",
                Long.class, username);
    }

    /** A one-page PDF in a temporary file, as the output's evidence. */
    private static Path evidencePdf() throws IOException {
        Path file = Files.createTempFile("output-evidence", ".pdf");
        file.toFile().deleteOnExit();
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }
}
