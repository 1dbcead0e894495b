package cn.gov.talent.infrastructure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import cn.gov.talent.shared.PublicBaseUrl;

/**
 * The public address of the system ({@code talent.public-base-url}), printed on every certificate and
 * encoded in its QR code. Outside production it defaults to {@value #DEVELOPMENT_DEFAULT}; the
 * {@code prod} profile refuses to start without it, or with an address of this machine, so that no
 * certificate goes out pointing at {@code localhost}.
 */
@Configuration(proxyBeanMethods = false)
class PublicBaseUrlConfiguration {

    static final String DEVELOPMENT_DEFAULT = "http://localhost:8080";

    private static final Logger log = LoggerFactory.getLogger(PublicBaseUrlConfiguration.class);

    @Bean
    PublicBaseUrl publicBaseUrl(@Value("${talent.public-base-url:}") String configured, Environment environment) {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        String url = configured.strip();
        if (url.isEmpty()) {
            if (prod) {
                throw new IllegalStateException("talent.public-base-url (TALENT_PUBLIC_BASE_URL) must be set under the "
                        + "prod profile: the address at which the public opens this system, such as "
                        + "https://rencai.example.gov.cn. Certificates print it and encode it in their QR codes.");
            }
            return new PublicBaseUrl(DEVELOPMENT_DEFAULT);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("talent.public-base-url is not an address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("talent.public-base-url must be an http or https address with a host name "
                    + "and nothing after the path, such as https://rencai.example.gov.cn; it is " + url);
        }
        if (prod && isThisMachine(uri.getHost())) {
            throw new IllegalStateException("talent.public-base-url points at this machine (" + url + "); under the "
                    + "prod profile it must be the address at which the public reaches the system, such as "
                    + "https://rencai.example.gov.cn.");
        }
        if (prod && !scheme.equals("https")) {
            log.warn("talent.public-base-url is not https ({}): certificates will send people to a plain-http address",
                    url);
        }
        return new PublicBaseUrl(url);
    }

    /** localhost, the loopback addresses and the unspecified address. */
    static boolean isThisMachine(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
                || name.equals("0.0.0.0") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1") || name.equals("::");
    }
}
