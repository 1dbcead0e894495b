package cn.gov.talent.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import cn.gov.talent.program.Discipline;

/** The Excel template of the expert import, in the reader's language, with its example row and code list. */
final class ExpertImportTemplate {

    private static final String EXAMPLE_CODES = "320,520";
    static final String EXAMPLE_PHONE = "13912345678";
    private static final String EXAMPLE_EMAIL = "zhangsan@example.cn";
    static final String EXAMPLE_USERNAME = "zhangsan";

    private ExpertImportTemplate() {
    }

    /** The template: a header row and an example row, and a second sheet listing the discipline codes. */
    static void write(List<Discipline> disciplines, MessageSource messages, Locale locale, OutputStream out)
            throws IOException {
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        try (var workbook = new XSSFWorkbook()) {
            CellStyle asText = workbook.createCellStyle();
            asText.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle example = workbook.createCellStyle();
            example.cloneStyleFrom(asText);
            var grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(grey);

            Sheet sheet = workbook.createSheet(text.apply("expert.import.template.sheet"));
            Row head = sheet.createRow(0);
            for (ExpertImport.Column column : ExpertImport.Column.values()) {
                var cell = head.createCell(column.ordinal());
                cell.setCellValue(text.apply(column.headerKey));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), column.width * 256);
                if (column != ExpertImport.Column.MAX_LOAD) {
                    // typed as text, so that phone numbers and codes like 320 are kept exactly as written
                    sheet.setDefaultColumnStyle(column.ordinal(), asText);
                }
            }
            Row sample = sheet.createRow(1);
            String[] values = {text.apply("expert.import.example.name"), text.apply("expert.import.example.employer"),
                    text.apply("expert.import.example.title"), EXAMPLE_CODES, EXAMPLE_PHONE, EXAMPLE_EMAIL, null,
                    EXAMPLE_USERNAME};
            for (ExpertImport.Column column : ExpertImport.Column.values()) {
                var cell = sample.createCell(column.ordinal());
                if (column == ExpertImport.Column.MAX_LOAD) {
                    cell.setCellValue(ExpertImport.DEFAULT_MAX_LOAD);
                } else {
                    cell.setCellValue(values[column.ordinal()]);
                }
                cell.setCellStyle(example);
            }
            sheet.createFreezePane(0, 1);

            Sheet codes = workbook.createSheet(text.apply("expert.import.template.disciplineSheet"));
            Row codesHead = codes.createRow(0);
            String[] codeColumns = {"expert.import.template.code", "expert.import.template.discipline",
                    "expert.import.template.group"};
            for (int i = 0; i < codeColumns.length; i++) {
                var cell = codesHead.createCell(i);
                cell.setCellValue(text.apply(codeColumns[i]));
                cell.setCellStyle(header);
            }
            codes.setColumnWidth(0, 10 * 256);
            codes.setColumnWidth(1, 34 * 256);
            codes.setColumnWidth(2, 18 * 256);
            int number = 1;
            for (Discipline discipline : disciplines) {
                Row row = codes.createRow(number++);
                row.createCell(0).setCellValue(discipline.getCode());
                row.createCell(1).setCellValue(discipline.getName());
                row.createCell(2).setCellValue(discipline.getGroupName());
            }
            codes.createFreezePane(0, 1);
            workbook.write(out);
        }
    }
}
