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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.support.TestData;

/**
 * The 人选信息库 in a browser, on the demo's people (TrackingDemoData): the office opens the further filters,
 * narrows the 双高 people to the women of the centre under 南昌市人社局, sorts by name both ways, exports what
 * it sees and reads the workbook back (the same people, the ID numbers masked); it then finds 江雪梅
 * ({@code applicant27}, 南昌大学) by her whole ID number, which never appears in the address. A recommending
 * unit (九江市人社局) has no such field and sees its own area only.
 */
class TalentDatabaseBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Autowired
    IdNumberCipher idNumbers;

    @Test
    void theOfficeFiltersSortsAndExportsTheDatabase() throws Exception {
        long sg = jdbc.queryForObject("select id from program where code = 'SG'", Long.class);
        long nanchang = data.unitId("NC-HRSS");

        // 1. the office opens the database and its further filters, and narrows it
        signIn("office");
        open("/talents");
        assertThat(awaitHeading("人选信息库")).isEqualTo("人选信息库");
        new Select(find("#programId")).selectByValue(String.valueOf(sg));
        click("#more-filters summary");
        new Select(find("#gender")).selectByValue("F");
        new Select(find("#region")).selectByValue("CENTRAL");
        new Select(find("#recommenderId")).selectByValue(String.valueOf(nanchang));
        click("#filter-submit");
        wait.until(ExpectedConditions.urlContains("gender=F"));
        assertThat(driver.getCurrentUrl()).contains("programId=" + sg, "region=CENTRAL",
                "recommenderId=" + nanchang);
        expectText("[data-testid=talent-list] tbody", "江雪梅");
        List<String> shown = names();
        assertThat(shown).contains("江雪梅").doesNotContain("姚振华", "钟国强");
        assertThat(find("#more-filters").getAttribute("open")).as("the further filters stay open").isNotNull();
        for (WebElement row : driver.findElements(By.cssSelector("[data-testid=talent-list] tbody tr"))) {
            assertThat(row.getText()).contains("女", "南昌市人社局");
        }

        // 2. sorted by name, both ways, the header saying so
        click("[data-testid=talent-list] th a[href*='order=NAME']");
        wait.until(ExpectedConditions.urlContains("order=NAME"));
        assertThat(header("NAME").getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> ascending = names();
        click("[data-testid=talent-list] th a[href*='order=NAME']");
        wait.until(ExpectedConditions.urlContains("dir=desc"));
        assertThat(header("NAME").getAttribute("aria-sort")).isEqualTo("descending");
        List<String> descending = names();
        assertThat(descending).containsExactlyInAnyOrderElementsOf(ascending);
        if (ascending.size() > 1) {
            assertThat(descending.get(0)).isEqualTo(ascending.get(ascending.size() - 1));
        }
        assertThat(driver.getCurrentUrl()).contains("gender=F", "region=CENTRAL");

        // 3. the export holds the same people in the same order, every ID number masked
        String href = find("#export").getAttribute("href");
        assertThat(href).contains("gender=F", "order=NAME", "dir=desc");
        HttpResponse<byte[]> download = fetch(href);
        assertThat(download.statusCode()).isEqualTo(200);
        List<List<String>> rows = rows(download.body());
        assertThat(rows.get(1)).contains("姓名", "身份证号码（隐去）");
        List<List<String>> people = rows.subList(2, rows.size());
        assertThat(people).extracting(row -> row.get(0)).containsExactlyElementsOf(descending);
        assertThat(people).allSatisfy(row -> assertThat(row.get(1)).matches("\\d{4}\\*{10}[0-9X]{4}"));

        // 4. 江雪梅 by her whole ID number: found exactly, the number never in the address nor on the page
        String number = demoIdNumber(26);
        assertThat(jdbc.queryForObject("select r.id_hash from talent_record r join app_user u on u.id = r.applicant_id"
                + " where u.username = 'applicant27'", String.class)).as("the demo's number for applicant27")
                .isEqualTo(idNumbers.hash(number));
        open("/talents");
        type("idNumber", number);
        click("#filter-submit");
        wait.until(ExpectedConditions.urlContains("idHash="));
        assertThat(driver.getCurrentUrl()).doesNotContain(number);
        expectText("[data-testid=id-number-search]", "正在按身份证号码精确查找");
        assertThat(names()).containsExactly("江雪梅");
        assertThat(find("main").getText()).doesNotContain(number);
        signOut();

        // 5. a recommending unit: its own area, no look-up by number
        signIn("recommender02");
        open("/talents?programId=" + sg);
        expectText("[data-testid=talent-list] tbody", "钟国强");
        assertThat(names()).doesNotContain("江雪梅", "姚振华");
        assertThat(driver.findElements(By.id("idNumber"))).isEmpty();
    }

    /** The demo person's ID number, as TrackingDemoData makes it for the {@code n}th demo applicant. */
    private String demoIdNumber(int n) {
        int year = data.today().getYear();
        String first17 = "360102%04d%02d%02d%03d".formatted(year - 34 - n % 13, 1 + n % 12, 1 + (n * 7) % 28,
                100 + n);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private WebElement header(String order) {
        return find("[data-testid=talent-list] th a[href*='order=" + order + "']")
                .findElement(By.xpath("./ancestor::th"));
    }

    /** The names in the list's rows, in order. */
    private List<String> names() {
        return driver.findElements(By.cssSelector("[data-testid=talent-list] tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    /** GETs the address with the browser's cookies (the session), as the browser's download would. */
    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every row of the first sheet as text, the title and the header included. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(switch (cell.getCellType()) {
                    case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                }));
                rows.add(cells);
            }
        }
        return rows;
    }
}
