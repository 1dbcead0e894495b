package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An applicant registers: a mistake is explained on the same page, nothing typed is lost. A freelancer ticks
 * the box and registers at the desk of their city's bureau (004 §二(三)2): the page shows the fields that count.
 */
class RegistrationBrowserTests extends BrowserTest {

    @Test
    void registersAfterCorrectingTheIdNumberAndSignsIn() {
        open("/login");
        click("a[href='/public/batches']");
        assertThat(awaitHeading("年度申报通知")).isEqualTo("年度申报通知");
        expectText("[data-testid=public-batch]", "申报条件");
        click("main a[href='/register']");
        assertThat(awaitHeading("申报人注册")).isEqualTo("申报人注册");
        type("fullName", "上官云飞");
        type("idNumber", "360102199003071234");
        type("phone", "13812345678");
        type("email", "shangguan@example.cn");
        new Select(find("#employerId")).selectByVisibleText("九江学院");
        type("username", "shangguan");
        type("password", "Yunfei2026");
        type("confirmPassword", "Yunfei2026");
        click("#register-submit");

        expectText("[data-testid=error-summary]", "请输入正确的 18 位居民身份证号码");
        assertThat(find("#fullName").getAttribute("value")).isEqualTo("上官云飞");
        assertThat(find("#phone").getAttribute("value")).isEqualTo("13812345678");
        assertThat(new Select(find("#employerId")).getFirstSelectedOption().getText()).isEqualTo("九江学院");
        assertThat(find("#idNumber").getAttribute("class")).contains("is-invalid");
        // the summary links to the field
        click("[data-testid=error-summary] a[href='#idNumber']");

        type("idNumber", "360102199003071236");
        type("password", "Yunfei2026");
        type("confirmPassword", "Yunfei2026");
        click("#register-submit");
        expectText("[role=status]", "注册信息已提交");

        signIn("shangguan", "Yunfei2026");
        expectText("h1", "上官云飞");
        assertThat(find("[data-testid=role]").getAttribute("data-role")).isEqualTo("APPLICANT");
    }

    @Test
    void aFreelancerRegistersAtTheDeskOfTheirCityAndThePageShowsOnlyWhatCounts() {
        open("/register");
        assertThat(awaitHeading("申报人注册")).isEqualTo("申报人注册");
        assertThat(driver.findElement(By.id("deskId")).isDisplayed()).as("the desk hidden until ticked").isFalse();
        type("fullName", "欧阳自在");
        type("idNumber", "360111199105050133");
        type("phone", "13812345679");
        type("email", "ouyangzizai@example.cn");
        click("#independent1");
        assertThat(find("#deskId").isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("employerId")).isDisplayed()).as("the employer list hidden").isFalse();
        new Select(find("#deskId")).selectByVisibleText("九江市人社局");
        type("username", "ouyangzizai");
        type("password", "Zizai2026");
        type("confirmPassword", "Zizai2026");
        click("#register-submit");

        expectText("[data-testid=error-summary]", "请填写所在单位名称");
        assertThat(find("#independent1").isSelected()).isTrue();
        assertThat(new Select(find("#deskId")).getFirstSelectedOption().getText()).isEqualTo("九江市人社局");
        assertThat(driver.findElement(By.id("employerId")).isDisplayed()).isFalse();
        assertThat(find("#fullName").getAttribute("value")).isEqualTo("欧阳自在");
        click("[data-testid=error-summary] a[href='#workplace']");
        type("workplace", "自由职业");
        type("password", "Zizai2026");
        type("confirmPassword", "Zizai2026");
        click("#register-submit");
        expectText("[role=status]", "注册信息已提交");

        signIn("ouyangzizai", "Zizai2026");
        expectText("h1", "欧阳自在");
    }
}
