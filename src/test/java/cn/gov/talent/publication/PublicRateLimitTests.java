package cn.gov.talent.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;

/**
 * The public look-ups that take a secret code answer 429, in the reader's language, once one client
 * address has made too many in a window; other addresses, the empty form and the next window are not
 * affected.
 */
@IntegrationTest
class PublicRateLimitTests {

    /** The start of a window (windows are whole multiples of the window length): every look-up below falls in it. */
    private static final Instant WINDOW_START = Instant.parse("2027-03-01T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    PublicRateLimit rateLimit;

    @Value("${talent.rate-limit.window}")
    Duration window;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void certificateVerificationIsLimitedPerAddress() throws Exception {
        answersTooManyAfterTheLimit(PublicRateLimit.Check.CERTIFICATE, "192.0.2.71", "192.0.2.72",
                get("/public/verify"), n -> get("/public/verify").param("no", "NO-SUCH-" + n).param("code", "WRONG"));
    }

    @Test
    void objectionReceiptLookUpIsLimitedPerAddress() throws Exception {
        answersTooManyAfterTheLimit(PublicRateLimit.Check.RECEIPT, "192.0.2.81", "192.0.2.82",
                get("/public/objections/status"), n -> get("/public/objections/status").param("code", "NOSUCH" + n));
    }

    private interface LookUp {
        MockHttpServletRequestBuilder number(int n);
    }

    private void answersTooManyAfterTheLimit(PublicRateLimit.Check check, String address, String otherAddress,
            MockHttpServletRequestBuilder emptyForm, LookUp lookUp) throws Exception {
        clock.setTo(WINDOW_START);
        int limit = rateLimit.limit(check);
        for (int n = 0; n < limit; n++) {
            mvc.perform(lookUp.number(n).with(from(address))).andExpect(status().isOk());
        }
        String refused = mvc.perform(lookUp.number(limit).with(from(address)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("查询过于频繁").contains("分钟后再试");
        String english = mvc.perform(lookUp.number(limit + 1).with(from(address))
                        .cookie(new Cookie("TALENT_LANG", "en")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Too many requests").contains("try again in");

        mvc.perform(lookUp.number(0).with(from(otherAddress))).andExpect(status().isOk());
        mvc.perform(emptyForm.with(from(address))).andExpect(status().isOk());

        clock.advance(window);
        mvc.perform(lookUp.number(0).with(from(address))).andExpect(status().isOk());
    }
}
