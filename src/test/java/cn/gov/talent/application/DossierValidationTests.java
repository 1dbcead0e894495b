package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/**
 * Every field of the dossier that takes a code from a list takes only what the page offers, and every
 * list stays within its bounds: a forged request is answered on the same page with the reason beside
 * the field, and nothing is stored (never a 500 from the database, never a silently kept code).
 */
@IntegrationTest
class DossierValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAvoidListEntryOfTenThousandCharactersIsRefused() throws Exception {
        // (a hundred thousand is refused at the edge, before the form: RouteFuzzingTests, BadInputOverHttpTests)
        Draft draft = draft("SG", "PRO");
        String page = refused(save(draft).param("avoidExperts[0]", "郭".repeat(10_000)));
        assertThat(page).contains("第 1 名回避专家填写过长");
        assertNothingSaved(draft);
    }

    @Test
    void moreThanThreeExpertsToAvoidAreRefused() throws Exception {
        Draft draft = draft("SG", "PRO");
        String page = refused(save(draft).param("avoidExperts[0]", "甲").param("avoidExperts[1]", "乙")
                .param("avoidExperts[2]", "丙").param("avoidExperts[3]", "丁"));
        assertThat(page).contains("回避专家最多填写 3 名");
        assertNothingSaved(draft);
    }

    @Test
    void anAchievementKindNotOfTheCategoryIsRefused() throws Exception {
        Draft draft = draft("SG", "PRO");
        assertThat(refused(save(draft).param("achievements[0].kind", "NOBEL_PRIZE")
                .param("achievements[0].description", "自称获奖"))).contains("第 1 项业绩成果的类别不在本类别的业绩条件中");
        // a condition of another category (高技能) is not one of this one's either
        assertThat(refused(save(draft).param("achievements[0].kind", "SKILLS_COMPETITION")
                .param("achievements[0].description", "技能大赛"))).contains("业绩成果的类别不在本类别的业绩条件中");
        assertNothingSaved(draft);
        // the category's own conditions and OTHER are taken
        mvc.perform(save(draft).param("achievements[0].kind", "PROVINCIAL_SCI_AWARD")
                .param("achievements[0].description", "省科技进步奖").param("achievements[1].kind", "OTHER")
                .param("achievements[1].description", "其他")).andExpect(status().is3xxRedirection());
    }

    @Test
    void tooManyAchievementsAreRefused() throws Exception {
        Draft draft = draft("SG", "PRO");
        MockHttpServletRequestBuilder request = save(draft);
        for (int i = 0; i < Dossiers.ACHIEVEMENTS_MAX + 1; i++) {
            request.param("achievements[" + i + "].kind", "OTHER").param("achievements[" + i + "].description", "成果 " + i);
        }
        assertThat(refused(request)).contains("最多填写 " + Dossiers.ACHIEVEMENTS_MAX + " 项");
        assertNothingSaved(draft);
    }

    @Test
    void anExclusionCodeNotOfTheCategoryIsRefused() throws Exception {
        Draft draft = draft("BQW", "PROV");
        // 百千万 has no exclusion (its plan names none); 双高's SHUANGQIAN is not on its page
        assertThat(refused(save(draft).param("exclusionsHeld", "SHUANGQIAN"))).contains("不得申报情形只能从列表中勾选");
        assertThat(refused(save(draft).param("exclusionsHeld", "MADE_UP"))).contains("不得申报情形只能从列表中勾选");
        assertNothingSaved(draft);
        Draft shuangGao = draft("SG", "PRO");
        mvc.perform(save(shuangGao).param("exclusionsHeld", "SHUANGQIAN")).andExpect(status().is3xxRedirection());
        // a declared condition of another category is refused like an exclusion
        assertThat(refused(save(draft).param("conditionsDeclared", "FULL_TIME_IN_JIANGXI")))
                .contains("声明的条件只能从列表中勾选");
    }

    @Test
    void anUnknownDisciplineIsRefusedOnThePageNotByTheDatabase() throws Exception {
        Draft draft = draft("SG", "PRO");
        String page = refused(save(draft).param("disciplineCode", "999"));
        assertThat(page).contains("请从列表中选择学科");
        assertNothingSaved(draft);
        assertThat(jdbc.queryForObject("select discipline_code from application where id = ?", String.class,
                draft.id())).isNull();
    }

    @Test
    void aDegreeTitleOrSkillNotOnTheListIsRefusedOnThePage() throws Exception {
        Draft draft = draft("SG", "PRO");
        String page = refused(save(draft).param("degree", "EMPEROR").param("title", "GRAND").param("skill", "MAGIC"));
        assertThat(page).contains("请从列表中选择学位", "请从列表中选择职称", "请从列表中选择技能等级");
        assertNothingSaved(draft);
    }

    @Test
    void anAttachmentKindNotOfTheCategoryIsRefused() throws Exception {
        Draft draft = draft("SG", "PRO");
        assertThat(upload(draft, "WORK_CONTRACT")).as("a document 双高 does not ask for").contains("请从列表中选择附件的用途");
        assertThat(upload(draft, "ANYTHING_GOES")).contains("请从列表中选择附件的用途");
        assertThat(jdbc.queryForObject("select count(*) from attachment where application_id = ?", Integer.class,
                draft.id())).isZero();
        assertThat(upload(draft, "PROVINCIAL_SCI_AWARD")).isNull();
    }

    @Test
    void removingAnAttachmentThatIsNotThereSaysSo() throws Exception {
        Draft draft = draft("SG", "PRO");
        MvcResult result = mvc.perform(post("/applications/" + draft.id() + "/attachments/987654321/delete")
                .with(users.as(draft.username())).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("successText")).isNull();
        assertThat((String) result.getFlashMap().get("errorText")).contains("没有找到这个附件");
    }

    @Test
    void aCategoryOfAnotherProgramTakesNoApplication() throws Exception {
        UserAccount applicant = data.newUser("valid", "NCU", Role.APPLICANT);
        MvcResult result = mvc.perform(post("/applications/new").with(users.as(applicant.getUsername())).with(csrf())
                .param("batchId", String.valueOf(data.batchId("SG")))
                .param("categoryId", String.valueOf(data.categoryId("QR", "YOUTH"))))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) result.getFlashMap().get("errorText")).contains("没有这个项目类别");
        assertThat(jdbc.queryForObject("select count(*) from application where applicant_id = ?", Integer.class,
                applicant.getId())).isZero();
    }

    record Draft(long id, String username) {
    }

    private Draft draft(String program, String category) throws Exception {
        UserAccount applicant = data.newUser("valid", "NCU", Role.APPLICANT);
        String location = mvc.perform(post("/applications/new").with(users.as(applicant.getUsername())).with(csrf())
                        .param("batchId", String.valueOf(data.batchId(program)))
                        .param("categoryId", String.valueOf(data.categoryId(program, category))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
        return new Draft(Long.parseLong(location.replaceAll("\\D+(\\d+)/dossier", "$1")), applicant.getUsername());
    }

    private MockHttpServletRequestBuilder save(Draft draft) {
        return post("/applications/" + draft.id() + "/dossier").with(users.as(draft.username())).with(csrf())
                .param("action", "save").param("version", "-1");
    }

    /** The page again (200, not a redirect, not a 500), with the reasons. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void assertNothingSaved(Draft draft) {
        assertThat(jdbc.queryForObject("select count(*) from dossier where application_id = ?", Integer.class,
                draft.id())).isZero();
    }

    /** Uploads a PDF as this kind; the refusal's text, or null when it was taken. */
    private String upload(Draft draft, String kind) throws Exception {
        return (String) mvc.perform(multipart("/applications/" + draft.id() + "/attachments")
                        .file(new MockMultipartFile("file", "证书.pdf", "application/pdf", DossierFlowTests.PDF))
                        .param("kind", kind).with(users.as(draft.username())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("errorText");
    }
}
