package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

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
        assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("expert.status.reasonRequired");
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
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (var row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(3).getStringCellValue()).contains("临床医学");
                }
            }
        }
    }
}
