package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrator adds a unit and a user; the new user signs in and changes the password. */
class AdministrationBrowserTests extends BrowserTest {

    @Test
    void addsAnEmployerAndAUserWhoThenSignsIn() {
        signIn("admin");
        click("a[href='/admin/units']");
        expectText("[data-testid=unit-tree]", "南昌大学", "九江市人社局");
        open("/admin/units/new");
        new Select(find("#parentId")).selectByVisibleText("　九江市人社局");
        type("name", "九江职业技术学院");
        type("code", "JJVTC");
        new Select(find("#kind")).selectByValue("EMPLOYER");
        click("main form button[type=submit]");
        expectText("[role=status]", "单位已保存");
        expectText("[data-testid=unit-tree]", "九江职业技术学院");

        open("/admin/users/new");
        type("username", "jjvtc");
        type("fullName", "邹新");
        new Select(find("#unitId")).selectByVisibleText("　　九江职业技术学院");
        click("input[name=roles][value=EMPLOYER]");
        type("password", "weak");
        click("main form button[type=submit]");
        expectText("[data-testid=error-summary]", "密码至少 8 位");
        assertThat(find("#fullName").getAttribute("value")).isEqualTo("邹新");
        type("password", "Zouxin2026");
        click("main form button[type=submit]");
        expectText("[role=status]", "用户已保存");
        signOut();

        // the administrator chose the password: the first sign-in goes to the password page, and so does any other page
        signIn("jjvtc", "Zouxin2026");
        expectText("[data-testid=password-change-required]", "请先修改密码");
        open("/applications");
        expectText("[data-testid=password-change-required]", "请先修改密码");
        type("currentPassword", "Zouxin2026");
        type("newPassword", "Zouxin2027");
        type("confirmPassword", "Zouxin2027");
        click("main form button[type=submit]");
        expectText("[role=status]", "密码已修改");
        assertThat(find("[data-testid=role]").getAttribute("data-role")).isEqualTo("EMPLOYER");
        signOut();
        signIn("jjvtc", "Zouxin2027");
        expectText("h1", "邹新");
    }

    @Test
    void theSupervisorFiltersTheAuditTrail() {
        signIn("supervisor");
        click("a[href='/audit']");
        type("actor", "employer");
        click("form[action='/audit'] button[type=submit]");
        wait.until(ExpectedConditions.urlContains("actor=employer"));
        String table = text("[data-testid=audit-list]");
        assertThat(table).contains("employer").doesNotContain("recommender02");
        assertThat(driver.findElement(By.cssSelector("[data-print]")).isDisplayed()).isTrue();
    }
}
