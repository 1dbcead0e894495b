package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.DemoUsers;
import cn.gov.talent.support.IntegrationTest;

/** The office imports experts with their accounts from the Excel template: all rows, or none. */
@IntegrationTest
class ExpertImportTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"姓名", "工作单位", "职称", "学科代码（多个用逗号分隔）", "手机", "电子邮箱", "最大评审量",
            "登录名"};

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    /** A login name no other test run has used: the tests share one database. */
    static String login(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A workbook with the template's Chinese header and these rows (null leaves a cell empty). */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("专家信息");
            var head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    MvcResult upload(byte[] content, String fileName) throws Exception {
        return mvc.perform(multipart("/review/experts/import")
                        .file(new MockMultipartFile("file", fileName, XLSX, content))
                        .with(users.as("office")).with(csrf()))
                .andExpect(status().isOk()).andReturn();
    }

    static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long expertCount() {
        return jdbc.queryForObject("select count(*) from expert", Long.class);
    }

    @Test
    void aValidFileCreatesEveryExpertWithAnAccountThatCanSignIn() throws Exception {
        String first = login("imp");
        String second = login("imp");
        long before = expertCount();
        MvcResult result = mvc.perform(multipart("/review/experts/import")
                        .file(new MockMultipartFile("file", "专家.xlsx", XLSX, workbook(
                                new Object[] {"欧阳明", "南昌大学", "教授", "320, 520", "13912345678", "oy@example.cn", 15,
                                        first.toUpperCase()},
                                new Object[] {"万小红", "江西农业大学", null, "210", 13812345678L, null, null, second})))
                        .with(users.as("office")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        assertThat(expertCount()).isEqualTo(before + 2);

        @SuppressWarnings("unchecked")
        var created = (List<ExpertImport.ImportedExpert>) result.getModelAndView().getModel().get("created");
        assertThat(created).extracting(ExpertImport.ImportedExpert::username).containsExactly(first, second);
        assertThat(created).extracting(ExpertImport.ImportedExpert::row).containsExactly(2, 3);
        String page = page(result);
        assertThat(page).contains("已导入 2 位专家").contains("只显示这一次").contains(first).contains(second)
                .contains(created.get(0).initialPassword()).contains(created.get(1).initialPassword());

        long officeUnit = accounts.findByUsername("office").orElseThrow().getUnit().getId();
        for (ExpertImport.ImportedExpert expert : created) {
            UserAccount account = accounts.findByUsername(expert.username()).orElseThrow();
            assertThat(account.getRoles()).containsExactly(Role.EXPERT);
            assertThat(account.getUnit().getId()).isEqualTo(officeUnit);
            assertThat(passwordEncoder.matches(expert.initialPassword(), account.getPasswordHash())).isTrue();
            assertThat(account.isPasswordChangeRequired()).as("the office chose the password").isTrue();
            assertThat(jdbc.queryForObject("select user_id from expert where id = ?", Long.class, expert.expertId()))
                    .isEqualTo(account.getId());
            assertThat(audit.historyOf("EXPERT", expert.expertId())).singleElement().satisfies(line -> {
                assertThat(line.getAction()).isEqualTo("IMPORT_EXPERT");
                assertThat(line.getActorUsername()).isEqualTo("office");
                assertThat(line.getToState()).isEqualTo("ACTIVE");
            });
            assertThat(audit.historyOf("USER", account.getId())).extracting(AuditRecord::getAction,
                    AuditRecord::getActorUsername).containsExactly(Tuple.tuple("CREATE_USER",
                            "office"));
            mvc.perform(formLogin("/login").user(expert.username()).password(expert.initialPassword()))
                    .andExpect(authenticated().withUsername(expert.username()));
        }

        var ouyang = jdbc.queryForMap("select full_name, employer_name, title, phone, email, max_load, status "
                + "from expert where id = ?", created.get(0).expertId());
        assertThat(ouyang).containsEntry("full_name", "欧阳明").containsEntry("employer_name", "南昌大学")
                .containsEntry("title", "教授").containsEntry("phone", "13912345678")
                .containsEntry("email", "oy@example.cn").containsEntry("max_load", 15).containsEntry("status", "ACTIVE");
        assertThat(jdbc.queryForList("select discipline_code from expert_discipline where expert_id = ? "
                + "order by discipline_code", String.class, created.get(0).expertId())).containsExactly("320", "520");
        var wan = jdbc.queryForMap("select title, phone, email, max_load from expert where id = ?",
                created.get(1).expertId());
        assertThat(wan).containsEntry("title", null).containsEntry("phone", "13812345678")
                .containsEntry("email", null).containsEntry("max_load", 20);
    }

    @Test
    void oneBadRowCreatesNothingAndEveryErrorIsListedWithItsRow() throws Exception {
        String good = login("imp");
        String fresh = login("imp");
        long before = expertCount();
        String page = page(upload(workbook(
                new Object[] {"欧阳明", "南昌大学", "教授", "320", null, null, null, good},
                new Object[] {"陈未知", "南昌大学", "教授", "999", null, null, null, fresh},
                new Object[] {"李重复", "南昌大学", "教授", "320", null, null, null, good},
                new Object[] {null, "南昌大学", "教授", "320", "12345", "not-an-email", 500, login("imp")},
                new Object[] {"王已有", "南昌大学", "教授", "320", null, null, null, "expert01"}), "专家.xlsx"));

        assertThat(expertCount()).isEqualTo(before);
        assertThat(accounts.findByUsername(good)).isEmpty();
        assertThat(accounts.findByUsername(fresh)).isEmpty();
        assertThat(page).contains("data-testid=\"error-summary\"").contains("未导入任何专家")
                .contains("第 3 行：学科代码 999 不存在")
                .contains("第 4 行：登录名“" + good + "”与第 2 行重复")
                .contains("第 5 行：请填写姓名")
                .contains("第 5 行：手机“12345”不是 11 位手机号码")
                .contains("第 5 行：电子邮箱“not-an-email”格式不正确")
                .contains("第 5 行：最大评审量“500”须为 1 至 200 的整数")
                .contains("第 6 行：登录名“expert01”已被其他账号使用")
                .doesNotContain("第 2 行：");
        assertThat(page).contains("id=\"file\"");
    }

    @Test
    void aFileThatIsNotAnXlsxWorkbookIsRefusedWithAClearMessage() throws Exception {
        byte[] xls;
        try (Workbook old = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            old.createSheet("专家信息").createRow(0).createCell(0).setCellValue("姓名");
            old.write(out);
            xls = out.toByteArray();
        }
        List<byte[]> notXlsx = new ArrayList<>();
        notXlsx.add("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        notXlsx.add("姓名,工作单位\n张三,南昌大学\n".getBytes(StandardCharsets.UTF_8));
        notXlsx.add(xls);
        long before = expertCount();
        for (byte[] content : notXlsx) {
            String page = page(upload(content, "专家.xlsx"));
            assertThat(page).contains("无法读取该文件").contains("请上传用导入模板填写的 Excel 工作簿（.xlsx 格式）")
                    .contains("is-invalid");
        }
        assertThat(page(upload(new byte[0], "空.xlsx"))).contains("请选择要导入的 Excel 文件");
        assertThat(expertCount()).isEqualTo(before);
    }

    @Test
    void aWorkbookThatIsNotTheTemplateOrTooLongIsRefused() throws Exception {
        byte[] other;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            workbook.write(out);
            other = out.toByteArray();
        }
        assertThat(page(upload(other, "other.xlsx"))).contains("不是导入模板的表头");

        Object[][] rows = new Object[ExpertImport.MAX_ROWS + 1][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"专家" + i, "南昌大学", null, "320", null, null, null, "bulk" + i};
        }
        assertThat(page(upload(workbook(rows), "many.xlsx")))
                .contains("一次最多导入 500 位专家，该文件有 501 行");
    }

    @Test
    void theTemplateDownloadsWithTheHeaderTheExampleAndTheDisciplineCodes() throws Exception {
        byte[] template = mvc.perform(get("/review/experts/template.xlsx").with(users.as("office")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var head = workbook.getSheetAt(0).getRow(0);
            List<String> header = new ArrayList<>();
            head.forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly(HEADER);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("zhangsan");
            var codes = workbook.getSheetAt(1);
            assertThat(codes.getLastRowNum()).isEqualTo(62);
            assertThat(codes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("110");
            assertThat(codes.getRow(1).getCell(1).getStringCellValue()).isEqualTo("数学");
        }
        // uploaded untouched, the example row is not an expert
        assertThat(page(upload(template, "专家导入模板.xlsx"))).contains("文件中没有可导入的专家");

        byte[] english = mvc.perform(get("/review/experts/template.xlsx?lang=en").with(users.as("office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("Login name");
        }
    }

    @Test
    void theImportPageHasALabelledFileInputAndIsLinkedFromThePool() throws Exception {
        String form = page(mvc.perform(get("/review/experts/import").with(users.as("office")))
                .andExpect(status().isOk()).andReturn());
        assertThat(form).contains("<label for=\"file\"").contains("enctype=\"multipart/form-data\"")
                .contains("/review/experts/template.xlsx");
        String pool = page(mvc.perform(get("/review/experts").with(users.as("office"))).andReturn());
        assertThat(pool).contains("href=\"/review/experts/import\"").contains("href=\"/review/experts/template.xlsx\"");
    }

    @Test
    void onlyTheProgramOfficeMayImport() throws Exception {
        byte[] content = workbook(new Object[] {"欧阳明", "南昌大学", "教授", "320", null, null, null, login("imp")});
        for (String other : List.of("supervisor", "expert01", "admin")) {
            mvc.perform(get("/review/experts/template.xlsx").with(users.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/review/experts/import").with(users.as(other))).andExpect(status().isForbidden());
            mvc.perform(multipart("/review/experts/import").file(new MockMultipartFile("file", "x.xlsx", XLSX, content))
                    .with(users.as(other)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
