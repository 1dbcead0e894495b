package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.program.Programs;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;

/**
 * 工作单位转换 (002 art. 32) in a browser, through every step: a fresh person working at 江西铜业集团 (an
 * enterprise under 南昌市人社局) asks, in the first term, to move to 四川大学 (a university under 四川省人社厅),
 * the rules shown before the request; 江西铜业集团 consents, 四川大学 compiles the materials, 四川省人社厅 reviews,
 * the office records the advisory panel's opinion and approves. 四川大学 then finds the person among its people,
 * and 江西铜业集团 no longer does.
 */
class MobilityBrowserTests extends BrowserTest {

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Programs programs;

    @Test
    void aTransferToAnEmployerUnderAnotherRecommendingUnitThroughEveryStep() throws Exception {
        TalentScenario.Talent talent = scenario.published(1).get(0);
        long record = talent.recordId();
        scenario.employedBy(record, "JXCC");
        // bound by 002 art. 32's regional rule, as the 千人计划 is: 中部 → 西部 is allowed
        long program = jdbc.queryForObject("select program_id from talent_record where id = ?", Long.class, record);
        programs.setRegionalTransferRule(program, true, data.actor("office"));
        String name = jdbc.queryForObject("select person_name from talent_record where id = ?", String.class, record);

        // 1. the person: the rules before the request, then the request with the reason of necessity
        signIn(talent.owner());
        open("/talents/" + record);
        click("#request-transfer");
        expectText("[data-testid=transfer-rules-general]", "首个聘期内原则上不得转换工作单位");
        expectText("[data-testid=first-term]", "首个聘期内");
        new Select(find("#check-toUnitId")).selectByValue(String.valueOf(data.unitId("SCU")));
        click("#transfer-check");
        expectText("[data-testid=transfer-rules-general]", "本工程适用首个聘期内的地区流动限制");
        expectText("[data-testid=transfer-rules]", "现工作单位位于江西省（中部），接收单位位于四川省（西部）",
                "需经专家咨询顾问组审核");
        type("reason", "四川大学的学科平台更适合本人研究方向。");
        type("necessity", "配偶在成都工作，家庭需要照顾，确需流动。");
        click("#transfer-submit");
        expectText("[role=status]", "流动申请已提交");
        expectText("[data-testid=transfer-status]", "已申请，待转出单位同意");
        long transfer = jdbc.queryForObject("select id from transfer where talent_record_id = ?", Long.class, record);
        signOut();

        // 2. the current employer consents (its home page says what waits)
        signIn("employer02");
        expectText("main", "待同意转出的人才流动申请");
        open("/transfers/" + transfer);
        type("consent-opinion", "同意转出。");
        click("#consent-submit");
        expectText("[role=status]", "已同意转出");
        assertThat(driver.findElements(By.id("compile-form"))).as("the current employer does not compile").isEmpty();
        signOut();

        // 3. the receiving employer compiles the materials
        signIn("employer08");
        open("/transfers/" + transfer);
        driver.findElement(By.id("files")).sendKeys(onePagePdf().toAbsolutePath().toString());
        type("compile-note", "工作合同及单位接收意见。");
        click("#compile-submit");
        expectText("[role=status]", "材料已汇总");
        expectText("[data-testid=transfer-files]", "transfer-materials");
        signOut();

        // 4. the recommending unit above the receiving employer reviews
        signIn("recommender06");
        open("/transfers/" + transfer);
        click("#review-submit");
        expectText("[role=status]", "报工程办公室审批");
        signOut();

        // 5. the office: the advisory panel's opinion first, then the approval
        signIn("office");
        open("/transfers/" + transfer);
        expectText("[data-testid=transfer-panel]", "尚未登记意见");
        click("#panel-agreed");
        type("panel-opinion", "同意其转入高校从事科研工作。");
        click("#panel-submit");
        expectText("[role=status]", "专家咨询顾问组意见已登记");
        click("#approve-submit");
        expectText("[role=status]", "人选档案已转至接收单位");
        expectText("[data-testid=transfer-status]", "已批准");
        expectText("[data-testid=history]", "转出单位同意", "接收单位汇总材料", "主管部门审核", "工程办公室审批",
                "江西铜业集团", "四川大学", "四川省人力资源和社会保障厅");
        signOut();

        // 6. the new employer sees the person; the old one no longer does
        signIn("employer08");
        open("/talents");
        expectText("[data-testid=talent-list]", name);
        click("a[href='/talents/" + record + "']");
        expectText("[data-testid=talent-status]", "培养期内");
        expectText("main", "四川大学");
        signOut();
        signIn("employer02");
        open("/talents/" + record);
        expectText("h1", "页面不存在");
        signOut();
    }

    private static Path onePagePdf() throws IOException {
        Path file = Files.createTempFile("transfer-materials", ".pdf");
        file.toFile().deleteOnExit();
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }
}
