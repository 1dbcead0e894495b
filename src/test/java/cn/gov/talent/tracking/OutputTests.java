package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.TrackingRequests.refusal;
import static cn.gov.talent.tracking.TrackingRequests.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TalentScenario;
import cn.gov.talent.support.TalentScenario.Talent;
import cn.gov.talent.support.TestData;

/**
 * 成果 (004 §四(二)): an output the program funded must carry its acknowledgement
 * ("江西省高层次高技能领军人才培养工程项目资助"); one recorded as funded without it is kept, and marked
 * on the record's page for everyone who reads it. Its date lies within the cycle, up to today.
 */
@IntegrationTest
class OutputTests {

    private static final String MISSING = "data-testid=\"missing-acknowledgement\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TalentScenario scenario;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFundedOutputWithoutTheAcknowledgementIsMarkedOnTheRecord() throws Exception {
        Talent talent = scenario.published(1).get(0);
        long id = talent.recordId();
        LocalDate today = data.today();

        MvcResult acknowledged = add(id, talent.owner(), "PAPER", "致谢工程资助的论文", today, true, true);
        assertThat(refusal(acknowledged)).isNull();
        assertThat(success(acknowledged)).contains("成果已登记");
        add(id, talent.owner(), "REPORT", "未受资助的研究报告", today, false, false);
        for (String reader : List.of(talent.owner(), "employer", "office")) {
            assertThat(markers(page(id, reader))).as(reader + " before").isZero();
        }

        MvcResult unacknowledged = add(id, talent.owner(), "PATENT", "未标注资助的发明专利", today, true, false);
        assertThat(refusal(unacknowledged)).isNull();
        assertThat(jdbc.queryForList("select title, funded, acknowledged from talent_output where talent_record_id = ?"
                + " order by id", id)).extracting(row -> row.get("title") + " " + row.get("funded") + " "
                        + row.get("acknowledged"))
                .containsExactly("致谢工程资助的论文 true true", "未受资助的研究报告 false false", "未标注资助的发明专利 true false");
        for (String reader : List.of(talent.owner(), "employer", "recommender", "office", "supervisor")) {
            String html = page(id, reader);
            assertThat(markers(html)).as(reader).isPositive();
            assertThat(html).contains("未标注资助的发明专利");
        }
        int marked = markers(page(id, "office"));
        // the employer records a major award promptly, acknowledged: nothing more is marked, and the office hears of it
        MvcResult major = mvc.perform(multipart("/talents/" + id + "/outputs").param("kind", "AWARD")
                .param("title", "省科学技术进步奖一等奖").param("achievedOn", today.toString()).param("level", "PROVINCIAL")
                .param("authorRank", "1").param("funded", "true").param("acknowledged", "true").param("major", "true")
                .with(csrf()).with(users.as("employer"))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refusal(major)).isNull();
        assertThat(markers(page(id, "office"))).isEqualTo(marked);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = 'office' and n.message_key = 'notification.talent.majorOutput' and n.link = ?""",
                Long.class, "/talents/" + id)).isEqualTo(1);
    }

    @Test
    void anOutputIsDatedWithinTheCycleAndRecordedByThePersonOrTheEmployerOnly() throws Exception {
        List<Talent> talents = scenario.published(2);
        Talent talent = talents.get(0);
        long id = talent.recordId();
        LocalDate today = data.today();

        assertThat(refusal(add(id, talent.owner(), "PAPER", "入选前的论文", today.minusDays(1), false, false)))
                .contains("成果日期须在培养周期开始");
        assertThat(refusal(add(id, talent.owner(), "PAPER", "明天的论文", today.plusDays(1), false, false)))
                .contains("成果日期须在培养周期开始");
        assertThat(refusal(add(id, talent.owner(), "PAPER", " ", today, false, false))).contains("请填写成果名称");
        // another person cannot record on this record, nor the recommending unit (not an employer)
        mvc.perform(multipart("/talents/" + id + "/outputs").param("kind", "PAPER").param("title", "他人的论文")
                .param("achievedOn", today.toString()).param("level", "NATIONAL").param("authorRank", "1")
                .with(csrf()).with(users.as(talents.get(1).owner()))).andExpect(status().isNotFound());
        mvc.perform(multipart("/talents/" + id + "/outputs").param("kind", "PAPER").param("title", "推荐单位的论文")
                .param("achievedOn", today.toString()).param("level", "NATIONAL").param("authorRank", "1")
                .with(csrf()).with(users.as("recommender"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from talent_output where talent_record_id = ?", Long.class, id))
                .isZero();

        // with its evidence, kept by checksum under the dossier's upload rules
        MvcResult withEvidence = mvc.perform(multipart("/talents/" + id + "/outputs")
                .file(new MockMultipartFile("evidence", "论文首页.pdf", "application/pdf",
                        "%PDF-1.4\n% first page\n".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "PAPER").param("title", "有证明材料的论文").param("achievedOn", today.toString())
                .param("level", "INTERNATIONAL").param("authorRank", "2").with(csrf()).with(users.as(talent.owner())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refusal(withEvidence)).isNull();
        Map<String, Object> output = jdbc.queryForMap(
                "select id, file_name, sha256, author_rank from talent_output where talent_record_id = ?", id);
        assertThat(output).containsEntry("file_name", "论文首页.pdf").containsEntry("author_rank", 2);
        String evidence = "/talents/" + id + "/outputs/" + output.get("id") + "/evidence";
        mvc.perform(get(evidence).with(users.as("employer"))).andExpect(status().isOk());
        mvc.perform(get(evidence).with(users.as("employer02"))).andExpect(status().isNotFound());
        // a text file named .pdf is refused by its content
        assertThat(refusal(mvc.perform(multipart("/talents/" + id + "/outputs")
                .file(new MockMultipartFile("evidence", "伪装.pdf", "application/pdf",
                        "not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "PAPER").param("title", "伪装的证明").param("achievedOn", today.toString())
                .param("level", "NATIONAL").param("authorRank", "1").with(csrf()).with(users.as(talent.owner())))
                .andReturn())).isNotNull();
    }

    private MvcResult add(long id, String username, String kind, String title, LocalDate achievedOn, boolean funded,
            boolean acknowledged) throws Exception {
        var request = multipart("/talents/" + id + "/outputs").param("kind", kind).param("title", title)
                .param("achievedOn", achievedOn.toString()).param("level", "NATIONAL").param("authorRank", "1");
        if (funded) {
            request.param("funded", "true");
        }
        if (acknowledged) {
            request.param("acknowledged", "true");
        }
        return mvc.perform(request.with(csrf()).with(users.as(username))).andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private String page(long id, String username) throws Exception {
        return mvc.perform(get("/talents/" + id).with(users.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int markers(String html) {
        return html.split(MISSING, -1).length - 1;
    }
}
