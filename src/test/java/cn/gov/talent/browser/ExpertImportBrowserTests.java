package cn.gov.talent.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The office imports experts from a filled-in template: a wrong row is reported by its number and
 * nothing is created; the corrected file creates the expert, whose initial password signs in.
 */
class ExpertImportBrowserTests extends BrowserTest {

    private static Path template(String... row) throws Exception {
        Path file = Files.createTempFile("专家导入", ".xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("专家信息");
            String[] header = {"姓名", "工作单位", "职称", "学科代码（多个用逗号分隔）", "手机", "电子邮箱", "最大评审量", "登录名"};
            var head = sheet.createRow(0);
            var values = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
                values.createCell(i).setCellValue(row[i]);
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void theOfficeImportsAnExpertWhoSignsInWithTheInitialPassword() throws Exception {
        String login = "imp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        signIn("office");
        open("/review/experts");
        click("#import-experts");
        assertThat(awaitHeading("批量导入专家")).isEqualTo("批量导入专家");

        find("#file").sendKeys(template("诸葛明", "江西财经大学", "研究员", "790,999", "", "", "", login).toString());
        click("#import-submit");
        expectText("#error-summary", "未导入任何专家", "第 2 行：学科代码 999 不存在");

        find("#file").sendKeys(template("诸葛明", "江西财经大学", "研究员", "790,910", "13912345678", "zhuge@example.cn",
                "10", login).toString());
        click("#import-submit");
        assertThat(awaitHeading("已导入 1 位专家")).isEqualTo("已导入 1 位专家");
        expectText("[data-testid=password-warning]", "只显示这一次");
        String imported = find("[data-testid=imported-experts]").getText();
        assertThat(imported).contains("诸葛明").contains("江西财经大学").contains(login);
        String password = find("[data-testid=initial-password]").getText();
        assertThat(password).hasSize(12);
        signOut();

        signIn(login, password);
        expectExactText("[data-testid=current-user]", "诸葛明");
        // the office chose the password: the expert replaces it first
        expectText("[data-testid=password-change-required]", "请先修改密码");
    }
}
