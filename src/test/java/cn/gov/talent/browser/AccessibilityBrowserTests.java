package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import cn.gov.talent.support.KeyPages;
import cn.gov.talent.support.KeyPages.KeyPage;
import cn.gov.talent.support.TestData;

/**
 * axe-core finds no serious or critical WCAG 2.1 A/AA violation on any key page, in Chinese or in
 * English (colour contrast, names of fields and buttons, scrollable regions reachable by keyboard,
 * valid ARIA…). Every violation on every page is listed before the test fails.
 */
class AccessibilityBrowserTests extends BrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final Set<String> BLOCKING = Set.of("serious", "critical");

    static final List<String> LANGUAGES = List.of("zh_CN", "en");

    /** How many of a rule's offending elements the report names. */
    static final int NODES_SHOWN = 3;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @Test
    void keyPagesHaveNoSeriousOrCriticalViolationsInEitherLanguage() {
        List<KeyPage> pages = new ArrayList<>(KeyPages.all(jdbc, data));
        pages.sort(Comparator.comparing(page -> page.account() == null ? "" : page.account()));
        List<String> violations = new ArrayList<>();
        String signedIn = null;
        try {
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
                    open(PageFitsTheScreenBrowserTests.withLanguage(page.path(), language));
                    violations.addAll(check(page + ", " + language));
                }
            }
        } finally {
            driver.manage().deleteAllCookies();
        }
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
    }

    private List<String> check(String where) {
        Results results;
        try {
            results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        } catch (RuntimeException failed) {
            return List.of(where + ": axe-core could not run: " + failed);
        }
        if (results.isErrored()) {
            return List.of(where + ": axe-core could not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                found.add("%s: %s (%s) %s; e.g. %s".formatted(where, rule.getId(), rule.getImpact(), rule.getHelp(),
                        describe(rule.getNodes())));
            }
        }
        return found;
    }

    private static String describe(List<CheckedNode> nodes) {
        if (nodes == null || nodes.isEmpty()) {
            return "(no element named)";
        }
        String shown = nodes.stream().limit(NODES_SHOWN)
                .map(node -> node.getTarget() + (node.getFailureSummary() == null ? ""
                        : " [" + node.getFailureSummary().replace('\n', ' ') + "]"))
                .collect(Collectors.joining("; "));
        return nodes.size() > NODES_SHOWN ? shown + "; and " + (nodes.size() - NODES_SHOWN) + " more" : shown;
    }
}
