package cn.gov.talent.browser;

import static cn.gov.talent.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.TestData;

/**
 * The office's dashboard (工作台) on its home page: an overdue batch comes before one on time and says so in words,
 * each bar is a progress element with its name and its figures as text, and the cards fit a phone and print
 * without the navigation. A recommending unit sees its own part of a batch.
 */
class DashboardBrowserTests extends BrowserTest {

    @Autowired
    BatchScenario scenario;

    @Autowired
    Nominations nominations;

    @Autowired
    TestData data;

    @Test
    void overdueBatchesComeFirstAndEachBarShowsItsFigures() {
        LocalDate today = data.today();
        Actor office = data.actor("office");
        BatchScenario.Fresh onTime = scenario.batch(BatchStage.OPEN);
        scenario.timetable(onTime, today.plusDays(3), today.plusDays(10), null, null);
        scenario.applications(onTime, SUBMITTED, 1);
        scenario.applications(onTime, ENDORSED, 2);
        nominations.setQuota(onTime.batchId(), data.unitId("NC-HRSS"), 2, office);
        nominations.setQuota(onTime.batchId(), data.unitId("JJ-HRSS"), 1, office);
        nominations.setQuota(onTime.batchId(), data.unitId("GZ-HRSS"), 1, office);
        BatchScenario.Fresh late = scenario.batch(BatchStage.OPEN);
        scenario.timetable(late, today.minusDays(1), today.plusDays(10), null, null);
        scenario.applications(late, SUBMITTED, 2);

        signIn("office");
        String lateCard = "[data-testid=dashboard-card][data-key='batch-" + late.batchId() + "']";
        String onTimeCard = "[data-testid=dashboard-card][data-key='batch-" + onTime.batchId() + "']";
        expectText(lateCard, late.title(), "已逾期", "【逾期 1 天】用人单位审核截止", "2 份申报待用人单位审核");
        expectText(onTimeCard, onTime.title(), "下一截止：用人单位审核截止", "还剩 3 天");
        assertThat(text(onTimeCard)).doesNotContain("已逾期");

        // overdue first: the late batch before the one on time, and no overdue card after one on time
        List<WebElement> cards = driver.findElements(By.cssSelector("[data-testid=dashboard-card]"));
        List<String> keys = cards.stream().map(card -> card.getAttribute("data-key")).toList();
        assertThat(keys.indexOf("batch-" + late.batchId())).isNotNegative()
                .isLessThan(keys.indexOf("batch-" + onTime.batchId()));
        List<String> overdue = cards.stream().map(card -> card.getAttribute("data-overdue")).toList();
        assertThat(overdue).contains("false");
        assertThat(overdue.subList(overdue.indexOf("false"), overdue.size())).doesNotContain("true");

        // each bar: a progress element named for assistive technology, and its figures as text beside it; one
        // unit is expected to forward (南昌市人社局: places and candidates), not the two with places and nobody
        WebElement units = find(onTimeCard + " [data-bar='workbench.bar.forwarded']");
        assertThat(units.getText()).contains("推荐单位报送进度", "0/1（0%）");
        WebElement bar = units.findElement(By.tagName("progress"));
        assertThat(bar.getAttribute("value")).isEqualTo("0");
        assertThat(bar.getAttribute("max")).isEqualTo("1");
        assertThat(bar.getAttribute("aria-label")).isEqualTo("推荐单位报送进度：已完成 0，共 1");
        WebElement checks = find(onTimeCard + " [data-bar='workbench.bar.employerChecks']");
        assertThat(checks.getText()).contains("用人单位审核进度", "2/3（66%）");
        assertThat(checks.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("2");
        assertThat(checks.findElement(By.tagName("progress")).getAttribute("max")).isEqualTo("3");

        // on a phone the card is as wide as the screen, no wider
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(375, 900));
            open("/");
            long[] widths = widths();
            assertThat(widths[0]).as("page width at 375 px").isLessThanOrEqualTo(widths[1]);
            assertThat(find(onTimeCard + " progress").getSize().getWidth()).isPositive()
                    .isLessThanOrEqualTo((int) widths[1]);
        } finally {
            driver.manage().window().setSize(before);
        }

        // printed: the navigation goes, the cards and their figures stay, each card kept on one page
        open("/");
        ((ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.cssSelector("header.navbar")).isDisplayed()).isFalse();
            assertThat(find(lateCard).isDisplayed()).isTrue();
            assertThat(((JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(arguments[0]).breakInside", find(lateCard))).isEqualTo("avoid");
        } finally {
            ((ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aRecommendingUnitSeesItsListDueAndItsPlaces() {
        LocalDate today = data.today();
        BatchScenario.Fresh batch = scenario.batch(BatchStage.NOMINATION);
        scenario.timetable(batch, today.minusDays(5), today.plusDays(4), null, null);
        List<Long> endorsed = scenario.applications(batch, ENDORSED, 2);
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 3, data.actor("office"));
        nominations.nominate(endorsed.get(0), data.actor("recommender"), "经综合评价，同意推荐。");

        signIn("recommender");
        String card = "[data-testid=dashboard-card][data-key='unit-batch-" + batch.batchId() + "']";
        expectText(card, batch.title(), "下一截止：本单位推荐名单报送截止", "还剩 4 天", "推荐名单：尚未记录综合评价",
                "1 份申报待综合评价与推荐", "1 名已推荐人选待报送");
        WebElement places = find(card + " [data-bar='workbench.bar.places']");
        assertThat(places.getText()).contains("推荐名额使用", "1/3（33%）");
        assertThat(places.findElement(By.tagName("progress")).getAttribute("aria-label"))
                .isEqualTo("推荐名额使用：已完成 1，共 3");
    }

    private long[] widths() {
        Object measured = ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        List<?> values = (List<?>) measured;
        return new long[] {((Number) values.get(0)).longValue(), ((Number) values.get(1)).longValue()};
    }
}
