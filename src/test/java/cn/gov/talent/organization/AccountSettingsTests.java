package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** Each user chooses which messages also come by mail and in which language; the choice is audited. */
@IntegrationTest
class AccountSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void theUserChoosesActionNeededInEnglishAndTheChoiceIsKeptAndAudited() throws Exception {
        UserAccount user = data.newUser("settings", "NCU", Role.EMPLOYER);
        String page = mvc.perform(get("/account/settings").with(users.as(user.getUsername()))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("个人设置").contains("您的账户没有登记电子邮箱");

        var saved = mvc.perform(post("/account/settings").with(csrf()).with(users.as(user.getUsername()))
                .param("mailPreference", "ACTION_NEEDED").param("language", "EN")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).endsWith("/account/settings");

        UserAccount reread = accounts.find(user.getId()).orElseThrow();
        assertThat(reread.getMailPreference()).isEqualTo(MailPreference.ACTION_NEEDED);
        assertThat(reread.getPreferredLanguage()).isEqualTo(PreferredLanguage.EN);
        assertThat(jdbc.queryForObject("select preferred_language from app_user where id = ?", String.class,
                user.getId())).isEqualTo("en");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'USER' "
                + "and subject_id = ? and action = 'CHOOSE_MAIL'", Long.class, user.getId())).isEqualTo(1);
    }

    @Test
    void anUnknownChoiceIsRefusedOnThePageAndNothingChanges() throws Exception {
        UserAccount user = data.newUser("settings", "NCU", Role.APPLICANT);
        var refused = mvc.perform(post("/account/settings").with(csrf()).with(users.as(user.getUsername()))
                .param("mailPreference", "SOMETIMES").param("language", "EN")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("error-summary");
        assertThat(accounts.find(user.getId()).orElseThrow().getMailPreference()).isEqualTo(MailPreference.ALL);
    }
}
