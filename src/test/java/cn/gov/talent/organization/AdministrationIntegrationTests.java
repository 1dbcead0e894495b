package cn.gov.talent.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.gov.talent.audit.AuditLabels;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** The administrator's forms refuse what would break the tree or the accounts, with a message. */
@IntegrationTest
class AdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Organization organization;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLabels labels;

    @Test
    void anEmployerCannotBePlacedDirectlyUnderTheOffice() throws Exception {
        String html = mvc.perform(post("/admin/units/new").with(users.as("admin")).with(csrf())
                        .param("parentId", String.valueOf(data.unitId("JX-HRSS"))).param("name", "直属公司")
                        .param("code", "DIRECT-CO").param("kind", "EMPLOYER").param("sector", "PUBLIC")
                        .param("sortOrder", "0").param("active", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("上级单位类型不符").contains("value=\"直属公司\"");
        assertThat(organization.unitByCode("DIRECT-CO")).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameIdNumberIsRefusedBesideTheField() throws Exception {
        String first17 = "36010219751212555";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        mvc.perform(user("dupid1", idNumber)).andExpect(status().is3xxRedirection());
        String html = mvc.perform(user("dupid2", idNumber)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("该身份证号码已被其他账户使用").contains("value=\"dupid2\"");
    }

    /** Three roles are more than an audit line's state column takes: they are noted, and the edit is saved. */
    @Test
    void aUserEditedToHoldThreeRolesIsSaved() throws Exception {
        UserAccount account = data.newUser("threeroles", "NCU", Role.EMPLOYER);
        mvc.perform(post("/admin/users/" + account.getId()).with(users.as("admin")).with(csrf())
                        .param("username", account.getUsername()).param("fullName", "三个角色")
                        .param("unitId", String.valueOf(data.unitId("NCU")))
                        .param("roles", "EMPLOYER", "RECOMMENDER", "EXPERT").param("enabled", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find(account.getId()).orElseThrow().getRoles())
                .containsExactlyInAnyOrder(Role.EMPLOYER, Role.RECOMMENDER, Role.EXPERT);
        assertThat(audit.historyOf("USER", account.getId())).filteredOn(line -> line.getAction().equals("UPDATE_USER"))
                .singleElement().satisfies(line -> {
                    assertThat(line.getFromState()).isNull();
                    assertThat(line.getToState()).isNull();
                    assertThat(labels.note(line, Locale.SIMPLIFIED_CHINESE)).isEqualTo("角色：用人单位 → 用人单位、推荐单位、评审专家");
                });
    }

    @Test
    void editingAUnitKeepsItsSortOrder() {
        UnitNode unit = organization.unitByCode("GZ-HRSS").orElseThrow();
        assertThat(UnitForm.of(unit).getSortOrder()).isEqualTo(unit.sortOrder()).isPositive();
    }

    private MockHttpServletRequestBuilder user(String username,
            String idNumber) {
        return post("/admin/users/new").with(users.as("admin")).with(csrf()).param("username", username)
                .param("fullName", "测试身份证").param("idNumber", idNumber).param("unitId",
                        String.valueOf(data.unitId("NCU")))
                .param("roles", "EMPLOYER").param("enabled", "true").param("password", "Strong2026pass");
    }
}
