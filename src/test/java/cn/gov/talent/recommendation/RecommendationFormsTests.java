package cn.gov.talent.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.Masking;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.ReviewScenario;
import cn.gov.talent.support.TestData;

/**
 * 推荐表: the recommending unit nominates with its opinion (推荐意见); the form prints the candidate, the
 * employer's opinion, the unit's rank and evaluation and its own opinion, for the employer, the unit and
 * the office; the applicant and other units are refused.
 */
@IntegrationTest
class RecommendationFormsTests {

    static final String OPINION = "经组织专家评审和实地考察，该同志在本地区同类人才中排名第一，同意推荐。";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdNumberCipher idNumbers;

    @Autowired
    DemoUsers users;

    @Autowired
    ReviewScenario scenario;

    @Autowired
    Applications applications;

    @Autowired
    Nominations nominations;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    /** A submitted application of 南昌大学, endorsed, ranked first by 南昌市人社局 and nominated with its opinion. */
    long nominated() {
        long id = scenario.submitted("320");
        applications.fire(id, WorkflowEvent.ENDORSE, data.actor("employer"), ReviewScenario.OPINION,
                TransitionFacts.NONE);
        long batch = applications.find(id).orElseThrow().getBatchId();
        nominations.setQuota(batch, data.unitId("NC-HRSS"), 1, data.actor("office"));
        nominations.rank(id, data.actor("recommender"), 1);
        nominations.recordEvaluation(batch, data.actor("recommender"), EvaluationMethod.BOTH,
                data.today().minusDays(3), "组织专家评审并实地考察");
        nominations.nominate(id, data.actor("recommender"), OPINION);
        return id;
    }

    String text(String path, String username) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theRecommendationFormPrintsTheCandidateTheRankAndBothOpinions() throws Exception {
        long id = nominated();
        Application application = applications.find(id).orElseThrow();
        assertThat(application.getRecommenderOpinion()).isEqualTo(OPINION);
        assertThat(application.getRecommenderOpinionUnit()).isEqualTo("南昌市人社局");
        String path = "/applications/" + id + "/recommendation.pdf";
        for (String reader : List.of("recommender", "office", "employer")) {
            String form = text(path, reader);
            assertThat(form).as(reader).contains("推荐表", application.getApplicantName(), application.getSerialNo(),
                    "南昌大学", "南昌市人社局", "第 1 名", "专家评审和组织考察", "组织专家评审并实地考察",
                    ReviewScenario.OPINION, OPINION, "单位盖章",
                    Masking.idNumber(idNumbers.decrypt(application.getApplicantIdNumberCipher())));
            assertThat(form).doesNotContain(idNumbers.decrypt(application.getApplicantIdNumberCipher()));
        }
        // the pages that follow show the unit's opinion, and link the form
        String detail = mvc.perform(get("/applications/" + id).with(users.as("office"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("推荐单位意见", OPINION, "下载推荐表（PDF）");
        String unitPage = mvc.perform(get("/recommendation/batches/" + application.getBatchId())
                        .with(users.as("recommender"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unitPage).contains(OPINION, "/applications/" + id + "/recommendation.pdf");
    }

    @Test
    void theApplicantAndOtherUnitsAreRefusedTheRecommendationForm() throws Exception {
        long id = nominated();
        String owner = jdbc.queryForObject("select u.username from app_user u join application a"
                + " on a.applicant_id = u.id where a.id = ?", String.class, id);
        String path = "/applications/" + id + "/recommendation.pdf";
        mvc.perform(get(path).with(users.as(owner))).andExpect(status().isForbidden());
        for (String other : List.of("employer02", "recommender02")) {
            mvc.perform(get(path).with(users.as(other))).andExpect(status().isNotFound());
        }
        for (String role : List.of("supervisor", "department", "applicant")) {
            mvc.perform(get(path).with(users.as(role))).andExpect(status().isForbidden());
        }
        // the applicant's page has the 申报表, never the 推荐表
        String mine = mvc.perform(get("/applications/" + id).with(users.as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("/applications/" + id + "/form.pdf").doesNotContain("recommendation.pdf");
    }
}
