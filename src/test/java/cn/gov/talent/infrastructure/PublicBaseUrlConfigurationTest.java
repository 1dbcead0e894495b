package cn.gov.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import cn.gov.talent.shared.PublicBaseUrl;

/** The public address on certificates: localhost while developing, required and not local under prod. */
class PublicBaseUrlConfigurationTest {

    private final PublicBaseUrlConfiguration configuration = new PublicBaseUrlConfiguration();

    private static MockEnvironment prod() {
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        return prod;
    }

    @Test
    void defaultsToThisMachineOutsideProd() {
        assertThat(configuration.publicBaseUrl("", new MockEnvironment()).value()).isEqualTo("http://localhost:8080");
        assertThat(configuration.publicBaseUrl("http://localhost:9090/", new MockEnvironment()).value())
                .isEqualTo("http://localhost:9090");
    }

    @Test
    void isRequiredUnderProd() {
        assertThatThrownBy(() -> configuration.publicBaseUrl(" ", prod())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("talent.public-base-url");
    }

    @Test
    void mayNotPointAtThisMachineUnderProd() {
        for (String local : new String[] {"http://localhost:8080", "https://LOCALHOST", "http://127.0.0.1:8080",
                "http://[::1]:8080", "http://0.0.0.0", "http://talent.localhost"}) {
            assertThatThrownBy(() -> configuration.publicBaseUrl(local, prod())).as(local)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("talent.public-base-url");
        }
    }

    @Test
    void takesThePublicAddressWithoutItsTrailingSlash() {
        PublicBaseUrl url = configuration.publicBaseUrl("https://rencai.example.gov.cn/", prod());
        assertThat(url.value()).isEqualTo("https://rencai.example.gov.cn");
        assertThat(url.resolve("/public/verify")).isEqualTo("https://rencai.example.gov.cn/public/verify");
        assertThat(configuration.publicBaseUrl("https://www.example.gov.cn/talent", prod()).resolve("/public/verify"))
                .isEqualTo("https://www.example.gov.cn/talent/public/verify");
    }

    @Test
    void refusesWhatIsNotAnHttpAddress() {
        for (String wrong : new String[] {"rencai.example.gov.cn", "ftp://rencai.example.gov.cn",
                "https://rencai.example.gov.cn/?a=1", "https:///path", "http://user@rencai.example.gov.cn"}) {
            assertThatThrownBy(() -> configuration.publicBaseUrl(wrong, new MockEnvironment())).as(wrong)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theApplicationDoesNotStartUnderProdWithoutIt() {
        var runner = new ApplicationContextRunner().withUserConfiguration(PublicBaseUrlConfiguration.class)
                .withPropertyValues("spring.profiles.active=prod");
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("talent.public-base-url");
        });
        runner.withPropertyValues("talent.public-base-url=https://rencai.example.gov.cn").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PublicBaseUrl.class).value()).isEqualTo("https://rencai.example.gov.cn");
        });
    }
}
