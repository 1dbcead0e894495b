package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Sector;
import cn.gov.talent.organization.UnitForm;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TestData;

/**
 * 年度统计报送 in a browser: a fresh city bureau with one person selected this year opens this year's report
 * (opened by the demo) from the menu, finds the person among its figures, writes its remarks and submits; the
 * office sees the unit as submitted and downloads the province's consolidated workbook, read back here with
 * POI: one sheet per section, the unit's frozen figures and its remarks in it.
 */
class YearEndBrowserTests extends BrowserTest {

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    Organization organization;

    @Test
    void aRecommendingUnitSubmitsItsReportAndTheOfficeDownloadsTheConsolidatedWorkbook() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        var admin = data.actor("admin");
        UnitNode bureau = organization.createUnit(form("浏览器测试市人社局" + suffix, "T-YB-" + suffix,
                UnitKind.RECOMMENDER, data.unitId("JX-HRSS")), admin);
        UnitNode employer = organization.createUnit(form("浏览器测试大学" + suffix, "T-YB-E-" + suffix,
                UnitKind.EMPLOYER, bureau.id()), admin);
        String officer = data.newUser("yb", bureau.code(), Role.RECOMMENDER).getUsername();
        TalentScenario.Talent talent = scenario.published(1).get(0);
        scenario.employedBy(talent.recordId(), employer.code());
        int year = data.year();

        // 1. the unit: its figures, counted from its records, then its remarks and the submission
        signIn(officer);
        click("a.nav-link[href='/yearend']");
        expectText("h1", "年度统计报送");
        click("a[href='/yearend/" + year + "/units/" + bureau.id() + "']");
        expectText("[data-testid=yearend-status]", "未开始");
        expectText("[data-testid=yearend-changes] tr[data-key=SELECTED]", "新入选");
        assertThat(text("[data-testid=yearend-changes] tr[data-key=SELECTED] td:last-child")).isEqualTo("1");
        expectText("[data-testid=yearend-changes-people]", talent.certificateNo());
        type("remarks", "本年度新入选 1 人，无退出。");
        click("#report-submit");
        expectText("[role=status]", "已报送");
        expectText("[data-testid=yearend-status]", "已报送");
        expectText("[data-testid=yearend-basis]", "报送时固定");
        assertThat(driver.findElements(By.cssSelector("#report-submit"))).isEmpty();
        signOut();

        // 2. the office: the unit submitted; the consolidated workbook downloaded
        signIn("office");
        open("/yearend/" + year);
        expectText("[data-testid=yearend-units] tr[data-unit='" + bureau.id() + "']", bureau.name(), "已报送");
        String href = find("#download-xlsx").getAttribute("href");
        HttpResponse<byte[]> download = fetch(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("报送情况", "人员变化", "考核结果", "重大突破和重大奖励", "人员名单", "备注");
            assertThat(lines(workbook.getSheet("人员变化"))).contains(bureau.name() + " | 新入选 | 0 | 1 | 1");
            assertThat(lines(workbook.getSheet("报送情况"))).anySatisfy(line -> assertThat(line)
                    .startsWith(bureau.name() + " | 已报送"));
            assertThat(lines(workbook.getSheet("人员名单"))).anySatisfy(line -> assertThat(line)
                    .contains(bureau.name(), "新入选", talent.certificateNo()));
            assertThat(lines(workbook.getSheet("备注"))).anySatisfy(line -> assertThat(line)
                    .startsWith(bureau.name()).endsWith("本年度新入选 1 人，无退出。"));
        }
    }

    private static UnitForm form(String name, String code, UnitKind kind, Long parentId) {
        var form = new UnitForm();
        form.setName(name);
        form.setCode(code);
        form.setKind(kind);
        form.setSector(Sector.PUBLIC);
        form.setParentId(parentId);
        return form;
    }

    /** Every row of a sheet, its cells joined with " | ". */
    private static List<String> lines(org.apache.poi.ss.usermodel.Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            lines.add(String.join(" | ", cells));
        }
        return lines;
    }

    /** GETs the address with the browser's cookies (the session), as the browser's download would. */
    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        assertThat(driver.manage().getCookies()).extracting(Cookie::getName).isNotEmpty();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
