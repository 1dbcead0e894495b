package cn.gov.talent.tracking;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.web.Answers;

/** What the tracking tests read from an answer: the flashed refusal or success, the public verification page. */
final class TrackingRequests {

    /** Each verification from its own address, clear of the public look-ups' limit per address. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private TrackingRequests() {
    }

    /** The refusal a post was answered with (its text, as the page shows it), or null. */
    static String refusal(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.ERROR);
    }

    /** The success message a post was answered with, or null. */
    static String success(MvcResult result) {
        return (String) result.getFlashMap().get(Answers.SUCCESS);
    }

    /** The public verification page of a certificate, as anyone sees it. */
    static String verification(MockMvc mvc, String certificateNo, String code) throws Exception {
        String address = "10.13.%d.%d".formatted(ADDRESSES.get() / 200, 1 + ADDRESSES.getAndIncrement() % 200);
        return mvc.perform(get("/public/verify").param("no", certificateNo).param("code", code).with(request -> {
            request.setRemoteAddr(address);
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
