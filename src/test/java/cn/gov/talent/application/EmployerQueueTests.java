package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestData;

/** The employer's queue: bulk endorsement with confirmation, and the Excel export. */
@IntegrationTest
class EmployerQueueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    TestData data;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    private long submitted(String unit, String unitName) {
        UserAccount applicant = data.newUser("queue", unit, Role.APPLICANT);
        Actor actor = Actor.of(data.currentUser(applicant));
        Application application = applications.createDraft(actor, applicant.getFullName(), data.batchId("QR"),
                data.categoryId("QR", "YOUTH"), unitName);
        applications.fire(application.getId(), WorkflowEvent.SUBMIT, actor, null, TransitionFacts.ALL_MET);
        return application.getId();
    }

    @Test
    void bulkEndorsementConfirmsFirstAndIgnoresWhatIsNotTheEmployers() throws Exception {
        long first = submitted("GZ-HOSP", "赣州市人民医院");
        long second = submitted("GZ-HOSP", "赣州市人民医院");
        long foreign = submitted("JJU", "九江学院");

        String confirm = mvc.perform(post("/applications/bulk-endorse").with(users.as("employer05")).with(csrf())
                        .param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(foreign)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirm).contains("以下 2 份申报将被审核通过");
        assertThat(data.status(first)).isEqualTo("SUBMITTED");

        // without the opinion: the confirmation page again, with the same applications and a clear message
        String noOpinion = mvc.perform(post("/applications/bulk-endorse/confirm").with(users.as("employer05"))
                        .with(csrf()).param("ids", String.valueOf(first), String.valueOf(second))
                        .param("opinion", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noOpinion).contains("请填写意见", "以下 2 份申报将被审核通过", "name=\"ids\" value=\"" + first + "\"");
        // too long: refused as well, and what was typed is still there
        String typed = "经审核同意推荐。".repeat(126);
        String tooLong = mvc.perform(post("/applications/bulk-endorse/confirm").with(users.as("employer05"))
                        .with(csrf()).param("ids", String.valueOf(first), String.valueOf(second)).param("opinion", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("意见不能超过 1000 字", typed);
        assertThat(data.status(first)).isEqualTo("SUBMITTED");
        assertThat(data.status(second)).isEqualTo("SUBMITTED");

        var result = mvc.perform(post("/applications/bulk-endorse/confirm").with(users.as("employer05")).with(csrf())
                        .param("ids", String.valueOf(first), String.valueOf(second), String.valueOf(foreign))
                        .param("opinion", " 经审核，以上人员申报材料真实，同意推荐。 "))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(data.status(first)).isEqualTo("ENDORSED");
        assertThat(jdbc.queryForMap("select employer_opinion, employer_opinion_unit, employer_opinion_at from application"
                + " where id = ?", second)).containsEntry("employer_opinion", "经审核，以上人员申报材料真实，同意推荐。")
                .containsEntry("employer_opinion_unit", "赣州市人民医院").extractingByKey("employer_opinion_at").isNotNull();
        assertThat(data.status(second)).isEqualTo("ENDORSED");
        assertThat(data.status(foreign)).isEqualTo("SUBMITTED");
        assertThat((String) result.getFlashMap().get("successText")).contains("已审核通过 2 份");
        assertThat((String) result.getFlashMap().get("errorText")).contains("未能审核通过");
    }

    @Test
    void nothingChosenIsExplained() throws Exception {
        var result = mvc.perform(post("/applications/bulk-endorse").with(users.as("employer")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("errorText")).isEqualTo("请先勾选要审核通过的申报。");
    }

    @Test
    void theExportHasTheColumnsAndOnlyTheEmployersRows() throws Exception {
        byte[] xlsx = mvc.perform(get("/applications/export.xlsx?status=SUBMITTED").with(users.as("employer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("申报编号", "申报人", "工作单位", "批次", "类别", "状态", "提交时间",
                    "已提出破格申请");
            assertThat(sheet.getLastRowNum()).isPositive();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("南昌大学");
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("已提交，待单位审核");
                }
            }
        }
    }
}
