package cn.gov.talent.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * The office's progress page reads a list as 已报送 once its unit's nominees went up: the demo loads last
 * year's 双高 applications past 报送, and 省教育厅, whose nominee went up, was shown 逾期未报送 (issue 14).
 */
@IntegrationTest
class DashboardShowsTheListsThatWentUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Test
    void aUnitWhoseNomineesWentUpReadsAsForwarded() throws Exception {
        long lastYear = data.batchId("SG", data.year() - 1);
        String page = mvc.perform(get("/recommendation/dashboard/" + lastYear).with(users.as("office"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("<tr[^>]*>\\s*<td>省教育厅</td>.*?</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("省教育厅's row").isTrue();
        assertThat(row.group()).contains("已报送").doesNotContain("逾期未报送");
    }
}
