package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator opens the working-day calendar from the menu, enters an adjusted working
 * Saturday in a far year (after being told what is missing) and works out the end of a notice.
 */
class CalendarBrowserTests extends BrowserTest {

    /** Date inputs are filled as the date picker does (typed text follows the browser's locale). */
    private void date(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                value);
    }

    @Test
    void theAdministratorEntersAnAdjustedWorkingDayAndChecksANotice() {
        signIn("admin");
        click("a[href='/admin/calendar']");
        expectText("h1", "年工作日历");
        expectText("[data-testid=calendar-days]", "日期", "类型");

        open("/admin/calendar?year=2036");
        assertThat(awaitHeading("2036 年工作日历")).isEqualTo("2036 年工作日历");
        date("day", "2036-01-05");
        type("name", "元旦调休上班（测试）");
        click("#add-day-submit");
        expectText("#error-summary", "请选择类型：节假日或调休上班");
        assertThat(find("#name").getAttribute("value")).isEqualTo("元旦调休上班（测试）");
        assertThat(find("#day").getAttribute("value")).isEqualTo("2036-01-05");

        new Select(find("#kind")).selectByValue("WORKDAY");
        click("#add-day-submit");
        expectText("[role=status]", "工作日历已保存");
        assertThat(awaitHeading("2036 年工作日历")).isEqualTo("2036 年工作日历");
        String row = find("[data-testid=calendar-days] tr[data-day='2036-01-05']").getText();
        assertThat(row).contains("2036-01-05").contains("星期六").contains("调休上班").contains("元旦调休上班（测试）");

        date("start", "2036-01-04");
        type("workingDays", "2");
        click("#check-submit");
        expectText("[data-testid=check-result]", "自 2036-01-04 起 2 个工作日，截止 2036-01-05（星期六）");
        assertThat(awaitHeading("2036 年工作日历")).isEqualTo("2036 年工作日历");
    }

    @Test
    void theAdministratorMarksAYearMaintainedAndBackWithTheWarningFollowing() {
        signIn("admin");
        open("/admin/calendar?year=2037");
        assertThat(awaitHeading("2037 年工作日历")).isEqualTo("2037 年工作日历");
        expectText("[data-testid=year-status]", "2037 年度节假日安排尚未维护完毕");
        click("#mark-year");
        expectText("[role=status]", "已标记为维护完毕");
        expectText("[data-testid=year-status]", "2037 年度节假日安排已按国务院办公厅通知维护完毕");
        click("#mark-year");
        expectText("[role=status]", "已标记为尚未维护完毕");
        expectText("[data-testid=year-status]", "2037 年度节假日安排尚未维护完毕");
    }
}
