package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/**
 * Base of the browser tests: headless Debian Chromium driven by Selenium against the whole
 * application on a free port. One browser per test class; cookies are cleared before each test.
 * Without chromedriver the tests are skipped on a developer machine, but never in CI.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    private static final String CHROMEDRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean available = new File(CHROMEDRIVER).canExecute();
        if (!available && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("chromedriver not installed (apt-get install chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1200", "--lang=zh-CN", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // htmx replaces parts of the page; an element read while it is being swapped is simply read again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks after scrolling the element into view, as a person would. */
    void click(String css) {
        // found again if the page replaced it between finding and clicking (a stale element was not clicked)
        wait.until(driver -> {
            WebElement element = find(css);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** The page's heading, read again if the page was replaced while reading it. */
    String heading() {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector("h1")).getText());
    }

    /**
     * The heading once it reads as expected, or whatever it reads when the wait runs out (for the
     * assertion to report): after a form post, the old page may still be showing for a moment.
     */
    String awaitHeading(String expected) {
        try {
            wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), expected));
        } catch (TimeoutException notYet) {
            // fall through: the assertion on the returned heading says what was there instead
        }
        return heading();
    }

    /**
     * Waits until the element shows every fragment, then asserts it: after a click the old page may
     * still be showing for a moment, or be replaced while it is read. On timeout the assertion reports
     * what the element read instead.
     */
    void expectText(String css, CharSequence... fragments) {
        assertThat(awaitText(css, text -> Arrays.stream(fragments).allMatch(text::contains))).contains(fragments);
    }

    /** As {@link #expectText}, for the element's whole text. */
    void expectExactText(String css, String expected) {
        assertThat(awaitText(css, expected::equals)).isEqualTo(expected);
    }

    /** The element's text, read afresh (found again if the page replaced it while reading). */
    String text(String css) {
        return wait.until(driver -> driver.findElement(By.cssSelector(css)).getText());
    }

    private String awaitText(String css, Predicate<String> expected) {
        try {
            return wait.until(driver -> {
                var found = driver.findElements(By.cssSelector(css));
                if (found.isEmpty() || !found.get(0).isDisplayed()) {
                    return null;
                }
                String text = found.get(0).getText();
                return expected.test(text) ? text : null;
            });
        } catch (TimeoutException notYet) {
            return text(css);
        }
    }

    void type(String id, String text) {
        WebElement field = find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    void signIn(String username) {
        signIn(username, DemoUsers.PASSWORD);
    }

    void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        click("#login-submit");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void signOut() {
        click("form[action$='/logout'] button");
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
