package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.support.ReviewScenario;

/**
 * A statistics page shows each figure as a chart and as a table with the same numbers (issue 16, ADR 0031): the
 * office opens the selection funnel of a fresh program whose five applications all passed formal review; the
 * chart is drawn (a canvas with something painted on it), is an image named after its table, and the numbers
 * ECharts drew are the numbers of the table: 5, 5, 5, 5, 5, 0, 0, 0.
 */
class StatisticsBrowserTests extends BrowserTest {

    @Autowired
    ReviewScenario review;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFunnelIsDrawnAsAChartWithTheNumbersOfItsTable() {
        ReviewScenario.Batch batch = review.qualified("320", 5, Collections.nCopies(5, List.of()));
        long program = jdbc.queryForObject("select program_id from batch where id = ?", Long.class, batch.batchId());

        signIn("office");
        open("/statistics");
        click("#statistics-selection");
        expectText("h1", "遴选漏斗");
        open("/statistics/selection?programId=" + program);
        WebElement chart = find("[data-testid=funnel-chart]");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).contains("遴选漏斗（数据表）");
        wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid=funnel-chart] canvas")).isEmpty());

        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object painted = js.executeScript("""
                var canvas = document.querySelector('[data-testid=funnel-chart] canvas');
                var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                var count = 0;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { count++; } }
                return count;""");
        assertThat(((Number) painted).longValue()).as("painted pixels").isPositive();
        @SuppressWarnings("unchecked")
        List<Object> drawn = (List<Object>) js.executeScript("""
                var chart = echarts.getInstanceByDom(document.querySelector('[data-testid=funnel-chart]'));
                return chart.getOption().series[0].data.map(function (value) { return String(value); });""");
        List<String> table = driver.findElements(By.cssSelector("#funnel-table tbody tr td:first-of-type")).stream()
                .map(WebElement::getText).toList();
        assertThat(table).containsExactly("5", "5", "5", "5", "5", "0", "0", "0");
        assertThat(drawn).extracting(String::valueOf).containsExactlyElementsOf(table);
        List<String> stages = driver.findElements(By.cssSelector("#funnel-table tbody th")).stream()
                .map(WebElement::getText).toList();
        @SuppressWarnings("unchecked")
        List<Object> labels = (List<Object>) js.executeScript("""
                return echarts.getInstanceByDom(document.querySelector('[data-testid=funnel-chart]'))
                    .getOption().yAxis[0].data;""");
        assertThat(labels).extracting(String::valueOf).containsExactlyElementsOf(stages);

        // the tables by unit and category say the same, the unit being 南昌市人社局
        expectText("#funnel-units-table tbody", "南昌市人社局");
        expectText("#funnel-categories-table tbody", "专业技术人才");
        signOut();
    }
}
