package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each demo account signs in through the form and lands on its own role's home page. */
class RoleHomePagesBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{0} sees the {2} home page")
    @CsvSource({
            "admin, 系统管理员, ADMIN, 用户管理",
            "office, 王建国, OFFICE, 审计日志",
            "supervisor, 赵巡察, SUPERVISOR, 审计日志",
            "department, 钱人才, DEPARTMENT, 首页",
            "recommender, 孙南昌, RECOMMENDER, 申报管理",
            "employer, 陈南大, EMPLOYER, 申报管理",
            "applicant, 林晓峰, APPLICANT, 我的申报",
            "expert01, 李明华, EXPERT, 首页"})
    void signsInAndSeesWhatIsWaiting(String username, String fullName, String role, String navLink) {
        signIn(username);
        expectText("h1", fullName);
        assertThat(find("[data-testid=role]").getAttribute("data-role")).isEqualTo(role);
        assertThat(driver.findElement(By.id("nav")).getText()).contains(navLink);
        signOut();
        expectText("[role=status]", "已安全退出");
    }

    @Test
    void theEmployerFollowsAWorkItemToItsQueue() {
        signIn("employer");
        List<WebElement> items = driver.findElements(By.cssSelector("[data-testid=work-item]"));
        assertThat(items).extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("待资格审核"))
                .anySatisfy(text -> assertThat(text).contains("条未读消息"));
        items.stream().filter(item -> item.getText().contains("待资格审核")).findFirst().orElseThrow().click();
        assertThat(awaitHeading("申报列表")).isEqualTo("申报列表");
        expectText("[data-testid=application-list]", "林晓峰");
        assertThat(text("[data-testid=application-list]")).doesNotContain("罗思琪");
    }

    @Test
    void aWrongPasswordIsExplainedAndTheUserNameKept() {
        open("/login");
        type("username", "office");
        type("password", "not-the-password1");
        click("#login-submit");
        expectText("#login-error", "用户名或密码不正确");
        assertThat(find("#username").getAttribute("value")).isEqualTo("office");
    }

    @Test
    void englishCanBeChosenAndIsRemembered() {
        open("/login");
        click("a[lang=en]");
        assertThat(awaitHeading("Sign in to Talent Program Administration")).isEqualTo("Sign in to Talent Program Administration");
        signIn("office");
        expectText("h1", "Hello");
        click("a[lang=zh-CN]");
        expectText("h1", "您好");
    }

    @Test
    void anotherRolesPageAnswersForbiddenInPlainWords() {
        signIn("applicant");
        open("/admin/users");
        assertThat(awaitHeading("无权访问")).isEqualTo("无权访问");
    }
}
