package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/** The office suspends an expert with a reason (audited) and exports the pool. */
@IntegrationTest
class ExpertPoolTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void suspendingNeedsAReasonIsAuditedAndCanBeUndone() throws Exception {
        long expert = jdbc.queryForObject("select id from expert where full_name = '孙立新'", Long.class);
        var refused = mvc.perform(post("/review/experts/" + expert + "/status").with(users.as("office")).with(csrf())
                .param("status", "SUSPENDED")).andReturn();
        assertThat(refused.getFlashMap().get("errorText")).isEqualTo("暂停或恢复专家须填写理由");
        mvc.perform(post("/review/experts/" + expert + "/status").with(users.as("office")).with(csrf())
                .param("status", "SUSPENDED").param("reason", "评审中泄露评审信息")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from expert where id = ?", String.class, expert))
                .isEqualTo("SUSPENDED");
        assertThat(audit.historyOf("EXPERT", expert)).extracting(AuditRecord::getAction).containsExactly("SUSPEND_EXPERT");
        mvc.perform(post("/review/experts/" + expert + "/status").with(users.as("office")).with(csrf())
                .param("status", "ACTIVE").param("reason", "复核后恢复")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from expert where id = ?", String.class, expert))
                .isEqualTo("ACTIVE");
        mvc.perform(post("/review/experts/" + expert + "/status").with(users.as("supervisor")).with(csrf())
                .param("status", "SUSPENDED").param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void thePoolExportsToASpreadsheet() throws Exception {
        byte[] xlsx = mvc.perform(get("/review/experts/export.xlsx?discipline=320").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("专家库");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isGreaterThan(1);
            for (var row : sheet) {
                if (row.getRowNum() > 1) {
                    assertThat(row.getCell(3).getStringCellValue()).contains("临床医学");
                }
            }
        }
    }

    @Test
    void theOfficeCorrectsAnExpertOnTheSamePageWhenSomethingIsWrong() throws Exception {
        long expert = jdbc.queryForObject("select id from expert where full_name = '马永刚'", Long.class);
        long version = jdbc.queryForObject("select version from expert where id = ?", Long.class, expert);
        mvc.perform(get("/review/experts/" + expert).with(users.as("office"))).andExpect(status().isOk());
        String page = mvc.perform(post("/review/experts/" + expert).with(users.as("office")).with(csrf())
                .param("version", String.valueOf(version)).param("fullName", "马永刚").param("employerName", "")
                .param("phone", "12345").param("maxLoad", "0")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写工作单位", "请填写 11 位手机号码", "最大评审量须为 1 至 200 的整数", "请至少选择一个学科");
        mvc.perform(post("/review/experts/" + expert).with(users.as("office")).with(csrf())
                .param("version", String.valueOf(version)).param("fullName", "马永刚").param("employerName", "江西省农业科学院")
                .param("title", "研究员").param("phone", "13900004444").param("maxLoad", "30")
                .param("disciplines", "210", "240", "230")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select max_load from expert where id = ?", Integer.class, expert)).isEqualTo(30);
        assertThat(jdbc.queryForList("select discipline_code from expert_discipline where expert_id = ? order by 1",
                String.class, expert)).containsExactly("210", "230", "240");
        assertThat(audit.historyOf("EXPERT", expert)).extracting(AuditRecord::getAction).contains("UPDATE_EXPERT");
        mvc.perform(post("/review/experts/" + expert).with(users.as("office")).with(csrf())
                .param("version", String.valueOf(version)).param("fullName", "马永刚").param("employerName", "江西省农业科学院")
                .param("maxLoad", "30").param("disciplines", "210")).andExpect(status().isConflict());
        mvc.perform(get("/review/experts/" + expert).with(users.as("supervisor"))).andExpect(status().isForbidden());
    }
}
