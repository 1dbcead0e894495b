package cn.gov.talent.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The addresses of static files, each under its own prefix: {@code /css/**} and {@code /js/**} from
 * {@code static/}, {@code /webjars/**} from the WebJars. Every one is written under a content-versioned
 * address ({@code /css/app-<hash>.css}) and cached for a year (the {@code spring.web.resources.cache}
 * properties).
 *
 * <p>Spring Boot's own mapping ({@code spring.web.resources.add-mappings}, switched off) serves
 * {@code static/} under {@code /**}. With a content-versioned chain that pattern matches every link a
 * page writes, so each {@code @{/applications/…}} of a list was looked up as a file in four class-path
 * locations inside the executable jar, and a link that is not a file is never cached: on a list of 20
 * rows that was most of the page's time and, behind a lock of the jar's URL handler, the limit of its
 * throughput (8 requests a second on 2 cores; docs/performance-issue18.md). Under these three prefixes a
 * page's own links match no pattern and cost nothing.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private final CacheControl cacheControl;

    StaticResources(WebProperties web) {
        CacheControl configured = web.getResources().getCache().getCachecontrol().toHttpCacheControl();
        this.cacheControl = configured != null ? configured : CacheControl.empty();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/js/**", "classpath:/static/js/");
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    /** Content-versioned and cached; the chain finds a WebJar's version itself (webjars-locator-lite). */
    private void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(cacheControl)
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
