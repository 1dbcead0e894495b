package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.calendar.WorkingCalendar;
import cn.gov.talent.program.Programs;
import cn.gov.talent.publication.Notices;
import cn.gov.talent.support.ReviewScenario;

/**
 * The publication stage in a browser, on a fresh proposed batch from {@link ReviewScenario} (one
 * applicant from 南昌大学, recommended by 南昌市人社局): the office starts the notice; a member of the
 * public files a real-name objection with evidence and follows it with the receipt code; the office
 * sends it to the recommending unit, which files its findings; the office finds it unfounded,
 * approves after the period and publishes; the list is public, and the person downloads the
 * certificate, whose serial and code verify on the public page.
 */
class PublicationBrowserTests extends BrowserTest {

    @Autowired
    WorkingCalendar calendar;

    static final String CLINICAL = "320";

    static final String FILER = "张三";

    static final String FILER_PHONE = "13900001111";

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Notices notices;

    @Autowired
    Programs programs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fromTheNoticeThroughAnObjectionToAVerifiedCertificate() throws Exception {
        ReviewScenario.Batch batch = scenario.proposed(CLINICAL, 1);
        long application = batch.applicationIds().get(0);
        String person = jdbc.queryForObject("select applicant_name from application where id = ?", String.class,
                application);
        String title = programs.batch(batch.batchId()).orElseThrow().title();
        LocalDate today = notices.today();
        LocalDate end = notices.endFor(batch.batchId(), today);

        // 1. the office starts the notice, seeing when it will end
        signIn("office");
        click("a.nav-link[href='/publication']");
        expectText("h1", "公示与公布");
        click("[data-testid=publication-batches] a[href='/publication/batches/" + batch.batchId() + "']");
        expectText("h1 small", title);
        expectText("[data-testid=computed-end]", today.toString(), "截止于 " + end);
        expectText("#start-notice", today.toString(), end.toString());
        if (!calendar.incompleteYears(today, end).isEmpty()) {
            // a period reaching into a year whose calendar is not maintained: the office confirms the end
            expectText("[data-testid=calendar-incomplete]", "工作日历尚未维护完毕");
            click("#calendarAcknowledged");
        }
        click("#start-notice");
        expectText("[role=status]", "公示已开始");
        expectText("[data-testid=period]", today.toString(), end.toString());
        expectText("[data-testid=objections] caption", "共 0 条");
        long noticeId = notices.ofBatch(batch.batchId()).orElseThrow().getId();
        signOut();

        // 2. a member of the public files a real-name objection with a PDF and checks its status
        open("/public/notices");
        expectText("h1", "拟入选人选公示");
        openListed("[data-testid=notices] a[href='/public/notices/" + noticeId + "']");
        expectText("h1", title);
        assertThat(row("[data-testid=notice-list]", person).getText()).contains("南昌大学");
        click("[data-testid=notice-list] a[href='/public/notices/" + noticeId + "/objection?applicationId="
                + application + "']");
        expectText("h1", "提出异议");
        assertThat(new Select(find("#applicationId")).getFirstSelectedOption().getText()).contains(person, "南昌大学");
        click("#realName");
        type("name", FILER);
        type("contact", FILER_PHONE);
        type("content", "反映其论文存在一稿多投问题，请核实。");
        Path evidence = evidencePdf();
        driver.findElement(By.id("files")).sendKeys(evidence.toString());
        click("#submit-objection");
        expectText("h1", "异议已提交");
        String receipt = find("[data-testid=receipt] code").getText();
        assertThat(receipt).matches("[A-Z0-9]{12}");

        open("/public/objections/status");
        type("code", receipt);
        click("form[action='/public/objections/status'] button[type=submit]");
        expectText("[data-testid=objection-status] [data-testid=state]", "已收到，待受理");
        expectText("main", receipt, title);
        assertThat(text("main")).doesNotContain(FILER, FILER_PHONE);

        // 3. the office sends it to the recommending unit, the due date filled in
        signIn("office");
        click("a.nav-link[href='/publication']");
        click("[data-testid=publication-batches] a[href='/publication/batches/" + batch.batchId() + "']");
        WebElement filed = row("[data-testid=objections]", receipt);
        assertThat(filed.getText()).contains("实名", "待受理");
        filed.findElement(By.cssSelector("a[href^='/publication/objections/']")).click();
        wait.until(ExpectedConditions.urlMatches("/publication/objections/\\d+$"));
        long objectionId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/publication/objections/(\\d+)$", "$1"));
        expectText("h1", "对 " + person + " 的异议");
        expectExactText("h1 small", receipt);
        String detail = find("main").getText();
        assertThat(detail).contains("实名：" + FILER + "，" + FILER_PHONE, evidence.getFileName().toString(), "反映人提供");
        assertThat(find("#dueOn").getAttribute("value")).isEqualTo(today.plusDays(7).toString());
        type("triageReason", "请南昌市人社局调查核实");
        click("#assign");
        expectText("[role=status]", "已交推荐单位调查核实");
        expectText("[data-testid=state]", "调查中");
        expectText("main", "南昌市人社局（" + today.plusDays(7) + "）");
        signOut();

        // 4. the recommending unit investigates and files written findings
        signIn("recommender");
        click("a.nav-link[href='/publication/investigations']");
        expectText("h1", "异议调查");
        // the unit knows the objection by its number, never by the filer's receipt code
        assertThat(row("[data-testid=investigations]", "第 " + objectionId + " 号").getText()).contains("调查中",
                today.plusDays(7).toString());
        assertThat(text("main")).doesNotContain(receipt);
        click("[data-testid=investigations] a[href='/publication/investigations/" + objectionId + "']");
        expectText("h1", "对 " + person + " 的异议");
        expectExactText("h1 small", "第 " + objectionId + " 号");
        // the unit reads the objection and its evidence, never who filed it
        expectText("main", "反映其论文存在一稿多投问题", "材料1.pdf");
        assertThat(text("main")).doesNotContain(FILER, FILER_PHONE, evidence.getFileName().toString(), receipt);
        type("findings", "经核实，两篇论文内容不同，不存在一稿多投。");
        click("#file-findings");
        expectText("[role=status]", "已报送调查结论");
        expectText("[data-testid=state]", "已报送调查结论");
        assertThat(driver.findElements(By.id("file-findings"))).isEmpty();
        signOut();

        // 5. the office finds it unfounded; after the period, approves and publishes
        signIn("office");
        open("/publication/objections/" + objectionId);
        expectText("[data-testid=findings]", "不存在一稿多投");
        type("decisionReason", "经调查核实，反映问题不属实。");
        click("#unfounded");
        expectText("[role=status]", "已认定不属实");
        expectText("[data-testid=state]", "不属实");
        assertThat(driver.findElements(By.id("unfounded"))).isEmpty();

        click("main a[href='/publication/batches/" + batch.batchId() + "']");
        assertThat(row("[data-testid=objections]", receipt).getText()).contains("不属实");
        assertThat(driver.findElements(By.id("approve"))).as("no approval during the notice").isEmpty();
        jdbc.update("update public_notice set starts_on = ?, ends_on = ? where id = ?", today.minusDays(10),
                today.minusDays(1), noticeId);
        driver.navigate().refresh();
        expectText("[data-testid=approvable]", "1 人");
        click("#approve");
        expectText("[role=status]", "已审批通过 1 人");
        expectText("[data-testid=approved]", "待公布 1 人");
        click("#publish");
        expectText("[role=status]", "已公布名单，1 人入选");
        Map<String, Object> record = jdbc.queryForMap(
                "select id, certificate_no, verification_code from talent_record where application_id = ?", application);
        String serial = (String) record.get("certificate_no");
        String code = (String) record.get("verification_code");
        assertThat(row("[data-testid=records]", serial).getText()).contains(person, "南昌大学");
        // the records page finds the person by name among everyone selected
        click("#records");
        expectText("h1", "入选人选名册");
        type("q", person);
        click("main form[method=get] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("q="));
        expectText("[data-testid=records]", serial, person, "共 1 条");
        signOut();

        // 6. the published list is public
        open("/public/lists");
        expectText("h1", "入选名单");
        openListed("[data-testid=lists] a[href='/public/lists/" + batch.batchId() + "']");
        expectText("h1", "入选名单");
        assertThat(row("[data-testid=published-list]", person).getText()).contains("南昌大学", "临床医学");
        assertThat(find("main").getText()).doesNotContain(serial, code);

        // 7. the person downloads the certificate, and anyone can verify it
        String owner = jdbc.queryForObject("select u.username from app_user u join application a "
                + "on a.applicant_id = u.id where a.id = ?", String.class, application);
        signIn(owner);
        click("a.nav-link[href='/certificates']");
        expectText("h1", "我的证书");
        WebElement certificate = row("[data-testid=certificates]", serial);
        assertThat(certificate.getText()).contains(title);
        String href = certificate.findElement(By.cssSelector("a[href$='.pdf']")).getAttribute("href");
        assertThat(href).endsWith("/certificates/" + record.get("id") + ".pdf");
        HttpResponse<byte[]> download = fetch(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        try (var document = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(person, serial);
        }
        signOut();

        open("/public/verify");
        expectText("h1", "证书验证");
        type("no", serial);
        type("code", code);
        click("form[action='/public/verify'] button[type=submit]");
        expectText("[data-testid=verify-result]", "证书有效");
        expectText("[data-testid=verify-result]", serial);
        // the name as the list published it, so the verifier can tell whose certificate it is
        expectText("[data-testid=verify-result]", person);
    }

    /** A one-page PDF in a temporary file, as the evidence a member of the public attaches. */
    private static Path evidencePdf() throws IOException {
        Path file = Files.createTempFile("evidence", ".pdf");
        file.toFile().deleteOnExit();
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    /** GETs the address with the browser's cookies (the session), as the browser's download would. */
    private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        assertThat(driver.manage().getCookies()).extracting(Cookie::getName).isNotEmpty();
        HttpClient client = HttpClient.newHttpClient();
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
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

    /** The row of a table that mentions {@code text}. */
    private WebElement row(String table, String text) {
        try {
            return wait.until(d -> d.findElements(By.cssSelector(table + " tbody tr")).stream()
                    .filter(row -> row.getText().contains(text)).findFirst().orElse(null));
        } catch (TimeoutException timeout) {
            throw new AssertionError("no row of " + table + " mentions \"" + text + "\"; the page shows:\n"
                    + driver.findElement(By.tagName("main")).getText(), timeout);
        }
    }

    /** Clicks the link in a paged list, paging on as a person would if it is not on the first page. */
    private void openListed(String css) {
        for (int page = 0; page < 20; page++) {
            List<WebElement> links = driver.findElements(By.cssSelector(css));
            if (!links.isEmpty()) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        links.get(0));
                links.get(0).click();
                wait.until(ExpectedConditions.stalenessOf(links.get(0)));
                return;
            }
            List<WebElement> next = driver.findElements(By.cssSelector("nav .pagination li:last-child:not(.disabled) a"));
            if (next.isEmpty()) {
                break;
            }
            WebElement current = find("h1");
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(current));
        }
        throw new AssertionError("no link " + css + " on any page");
    }
}
