package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/**
 * Styles and scripts (the application's own and the WebJars') are linked under addresses that
 * carry a hash of their content, and served with a year's caching: a changed file is a new address,
 * so nothing stale is ever used, and nothing is fetched twice. Pages themselves stay uncached.
 */
@IntegrationTest
class StaticResourcesTests {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ResourceUrlProvider resourceUrls;

    /**
     * Only the three prefixes of static files are resource patterns: under Spring Boot's {@code /**}
     * every link a page writes was looked up as a file in the jar on every request (StaticResources).
     */
    @Test
    void aPagesOwnLinksAreNotLookedUpAsFiles() {
        assertThat(resourceUrls.getHandlerMap().keySet()).containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/applications/12")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
    }

    @Test
    void stylesAndScriptsAreVersionedByContentAndCachedForAYear() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(page.getHeader("Cache-Control")).as("the page's own caching").contains("no-store");
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(page.getContentAsString(StandardCharsets.UTF_8));
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).as("Bootstrap's CSS and JS, htmx, app.css and app.js").hasSize(5)
                .allSatisfy(address -> assertThat(address).matches(".*-[0-9a-f]{32}\\.(css|js)"));
        for (String address : links) {
            MockHttpServletResponse resource = mvc.perform(get(address)).andReturn().getResponse();
            assertThat(resource.getStatus()).as(address).isEqualTo(200);
            assertThat(resource.getHeader("Cache-Control")).as(address).contains("max-age=31536000")
                    .doesNotContain("no-store");
        }
    }

    /** The statistics pages load ECharts from its WebJar and the one script that draws every chart (ADR 0031). */
    @Test
    void theStatisticsPagesLoadEChartsFromItsWebJar() throws Exception {
        String page = mvc.perform(get("/statistics/selection").with(users.as("office"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(page);
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).anyMatch(address -> address.matches("/webjars/echarts/[^/]+/dist/echarts\\.min-[0-9a-f]{32}\\.js"))
                .anyMatch(address -> address.matches("/js/charts-[0-9a-f]{32}\\.js"));
        for (String address : links) {
            assertThat(mvc.perform(get(address)).andReturn().getResponse().getStatus()).as(address).isEqualTo(200);
        }
    }
}
