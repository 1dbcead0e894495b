package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.support.KeyPages;
import cn.gov.talent.support.KeyPages.KeyPage;
import cn.gov.talent.support.TestData;

/**
 * Every key page fits the window on a phone (375 px) and on a desktop (1280 px), in Chinese and in
 * English: nothing makes the page itself wider than the window (wide tables scroll inside their own
 * box, row editors stack, long labels wrap). All misfits are collected before the test fails.
 */
class PageFitsTheScreenBrowserTests extends BrowserTest {

    static final List<Integer> WIDTHS = List.of(375, 1280);

    static final List<String> LANGUAGES = List.of("zh_CN", "en");

    /** Headless Chromium sizes the window exactly; a little slack for a platform that rounds. */
    static final int SIZING_SLACK = 20;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void everyKeyPageFitsAPhoneAndADesktopInBothLanguages() {
        List<KeyPage> pages = new ArrayList<>(KeyPages.all(jdbc, data));
        // one sign-in per account and width
        pages.sort(Comparator.comparing(page -> page.account() == null ? "" : page.account()));
        List<String> misfits = new ArrayList<>();
        Dimension before = driver.manage().window().getSize();
        try {
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 900));
                String signedIn = null;
                for (KeyPage page : pages) {
                    String account = page.account() == null ? "" : page.account();
                    if (!account.equals(signedIn)) {
                        driver.manage().deleteAllCookies();
                        if (!account.isEmpty()) {
                            signIn(account);
                        }
                        signedIn = account;
                    }
                    for (String language : LANGUAGES) {
                        open(withLanguage(page.path(), language));
                        long[] measured = pageAndWindowWidth();
                        if (Math.abs(measured[1] - width) > SIZING_SLACK) {
                            misfits.add("%s, %s: the window is %d px wide, not the %d px asked for"
                                    .formatted(page, language, measured[1], width));
                        } else if (measured[0] > measured[1]) {
                            misfits.add("%s, %s, window %d px: the page is %d px wide (%s)"
                                    .formatted(page, language, measured[1], measured[0], widest()));
                        }
                    }
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(before);
        }
        assertThat(misfits).as("pages wider than the window").isEmpty();
    }

    static String withLanguage(String path, String language) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** The first element reaching past the window's right edge, not inside a box that scrolls: what to fix. */
    String widest() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
                    const o = getComputedStyle(e).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
                for (const el of document.body.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && !scrolls(el)) {
                    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className)
                        .trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
                  }
                }
                return 'no single element';"""));
    }

    /** The document's width and the window's (inner) width, in CSS pixels. */
    long[] pageAndWindowWidth() {
        List<?> widths = (List<?>) ((JavascriptExecutor) driver)
                .executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        return new long[] {((Number) widths.get(0)).longValue(), ((Number) widths.get(1)).longValue()};
    }
}
