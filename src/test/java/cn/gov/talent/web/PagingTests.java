package cn.gov.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.shared.Paging;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * One paging convention on every list: a negative page is the first, a huge page or size is capped,
 * and a client's {@code sort=} never reaches a query; each answers the list page, never an error.
 */
@IntegrationTest
class PagingTests {

    private static final List<String> HOSTILE = List.of("page=-1", "page=99999999&size=99999999", "size=-5",
            "sort=abc", "sort=password_hash,desc", "page=abc");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Test
    void theHelperKeepsTheOrderAndCapsThePage() {
        var capped = Paging.of(PageRequest.of(Integer.MAX_VALUE / 2, 100, Sort.by("evil")), Sort.by("serialNo"));
        assertThat(capped.getPageNumber()).isEqualTo(Paging.MAX_PAGE);
        assertThat(capped.getSort()).isEqualTo(Sort.by("serialNo"));
        assertThat(capped.getOffset()).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void everyListAnswersHostilePagingWithThePage() throws Exception {
        long bqw = data.batchId("BQW");
        String[][] pages = {
                {"/applications", "office"}, {"/audit", "supervisor"}, {"/notifications", "office"},
                {"/admin/users", "admin"}, {"/review/experts", "office"}, {"/review/tasks", "expert07"},
                {"/publication/investigations", "recommender"}, {"/recommendation/batches/" + bqw, "recommender"},
                {"/public/notices", null}, {"/public/lists", null}};
        for (String[] page : pages) {
            for (String query : HOSTILE) {
                MockHttpServletRequestBuilder request = get(page[0] + "?" + query);
                if (page[1] != null) {
                    request = request.with(users.as(page[1]));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).as(page[0] + "?" + query).isEqualTo(200);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(page[0] + "?" + query)
                        .doesNotContain("PropertyReferenceException");
            }
        }
    }
}
