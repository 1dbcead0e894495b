package cn.gov.talent.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

import cn.gov.talent.shared.DownloadRows;

/**
 * A printable list sheet for the exports of lists: a title row, a bordered header, then one
 * row per call, streamed (so a 20,000-line ranking stays within memory), landscape A4.
 */
public class Sheets implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle cell;
    private int next = 2;

    public Sheets(String title, String[] columnKeys, MessageSource messages, Locale locale) {
        sheet = workbook.createSheet(safeName(title));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(bold);
        cell = workbook.createCellStyle();
        for (CellStyle style : new CellStyle[] {cell}) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        CellStyle header = workbook.createCellStyle();
        header.cloneStyleFrom(cell);
        header.setFont(bold);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columnKeys.length - 1));
        Row head = sheet.createRow(1);
        for (int i = 0; i < columnKeys.length; i++) {
            head.createCell(i).setCellValue(messages.getMessage(columnKeys[i], null, locale));
            head.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, (i == 4 ? 30 : 14) * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columnKeys.length - 1));
    }

    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            var c = row.createCell(i);
            Object value = values[i];
            if (value instanceof Number number && !(value instanceof BigDecimal)) {
                c.setCellValue(number.doubleValue());
            } else if (value instanceof BigDecimal decimal) {
                c.setCellValue(decimal.doubleValue());
            } else {
                c.setCellValue(value == null ? "" : value.toString());
            }
            c.setCellStyle(cell);
        }
    }

    /** The rows written below the header so far. */
    public int rows() {
        return next - 2;
    }

    /**
     * Writes the workbook, and reports its number of rows to the download audit ({@link DownloadRows}): every
     * list exported through a sheet says in its DOWNLOAD audit line how many rows it carried.
     */
    public void write(OutputStream out) throws IOException {
        DownloadRows.report(rows());
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static String safeName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
