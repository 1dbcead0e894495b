package cn.gov.talent.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.DownloadRows;
import cn.gov.talent.web.HtmlPdf;
import cn.gov.talent.yearend.YearEndFigures.Line;
import cn.gov.talent.yearend.YearEndReports.Consolidated;
import cn.gov.talent.yearend.YearEndReports.Submitted;
import cn.gov.talent.yearend.YearEndReports.UnitPerson;
import cn.gov.talent.yearend.YearEndReports.UnitRow;

/**
 * The province's consolidated year-end report, from the submitted reports' snapshots only: an Excel workbook
 * with one sheet per section (the units' states, 人员变化, 考核结果, 重大突破和重大奖励, the people behind them, the
 * remarks), each printable on landscape A4 with its header repeated, every unit's lines followed by the
 * province's total; and a PDF of the same tables with a bar chart per section (drawn in the page's own CSS,
 * so openhtmltopdf prints it with the Chinese font, ADR 0014).
 */
@Component
class ConsolidatedReport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    /**
     * The longest list of people the PDF prints (about 40 pages); a province's year lists a few hundred (the
     * selected, those who left or moved, the awards). A longer list is in the workbook only: the PDF is the
     * summary with its charts, the workbook the data (the benchmark's 6,000 names made 250 pages and 2-10 s).
     */
    static final int PDF_PEOPLE_MAX = 1000;

    /** Rows of the PDF's list of people per table: about a page of A4 landscape. */
    static final int PEOPLE_PER_TABLE = 25;

    private final HtmlPdf pdf;
    private final Clock clock;

    ConsolidatedReport(MessageSource messages, HtmlPdf pdf, Clock clock) {
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    String fileName(int year, Locale locale) {
        return text(locale, "yearend.report.title", year);
    }

    /** The workbook, one sheet per section; the download audit is told how many rows it carried. */
    void excel(Consolidated report, Locale locale, OutputStream out) throws IOException {
        int year = report.round().getYear();
        try (var workbook = new Workbook(new XSSFWorkbook(), locale)) {
            Sheet units = workbook.sheet(text(locale, "yearend.sheet.units"),
                    text(locale, "yearend.report.title", year), "yearend.column.unit", "yearend.column.status",
                    "yearend.column.submittedAt", "yearend.column.overdue");
            for (UnitRow row : report.units()) {
                workbook.row(units, row.unit().name(), text(locale, row.status().messageKey()),
                        row.submittedAt() == null ? "" : dateTime(row.submittedAt()),
                        row.overdue() ? text(locale, "yearend.overdue") : "");
            }
            figures(workbook, report, locale, "yearend.sheet.changes", YearEndFigures.CHANGES);
            Sheet grades = workbook.sheet(text(locale, "yearend.sheet.assessments"),
                    text(locale, "yearend.sheet.assessments") + " " + year, "yearend.column.unit",
                    "yearend.column.assessment", "yearend.column.figure", "yearend.column.national",
                    "yearend.column.provincial", "yearend.column.total");
            for (Submitted unit : report.submitted()) {
                assessmentRows(workbook, grades, unit.unitName(), unit.figures(), locale);
            }
            assessmentRows(workbook, grades, text(locale, "yearend.province"), report.total(), locale);
            figures(workbook, report, locale, "yearend.sheet.honours", YearEndFigures.HONOURS);
            Sheet people = workbook.sheet(text(locale, "yearend.sheet.people"),
                    text(locale, "yearend.sheet.people") + " " + year, "yearend.column.unit",
                    "yearend.column.figure", "yearend.column.tier", "yearend.column.name",
                    "yearend.column.certificate", "yearend.column.employer", "yearend.column.detail",
                    "yearend.column.date");
            for (UnitPerson person : report.people()) {
                workbook.row(people, person.unitName(), text(locale, person.person().label()),
                        text(locale, "yearend.tier." + person.person().tier()), person.person().name(),
                        person.person().certificateNo(), person.person().employerName(),
                        person.person().detail() == null ? "" : person.person().detail(),
                        person.person().on() == null ? "" : person.person().on().toString());
            }
            Sheet remarks = workbook.sheet(text(locale, "yearend.sheet.remarks"),
                    text(locale, "yearend.sheet.remarks") + " " + year, "yearend.column.unit",
                    "yearend.column.submittedAt", "yearend.column.remarks");
            for (Submitted unit : report.submitted()) {
                workbook.row(remarks, unit.unitName(), dateTime(unit.submittedAt()),
                        unit.remarks() == null ? "" : unit.remarks());
            }
            workbook.write(out);
        }
    }

    /** The PDF: the same sections as tables, each with a bar chart of the province's totals. */
    byte[] pdf(Consolidated report, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("total", report.total());
        variables.put("submittedAt", report.submitted().stream().map(unit -> dateTime(unit.submittedAt())).toList());
        variables.put("changesMax", max(report.total().changes()));
        variables.put("gradesMax", Math.max(max(report.total().annualGrades()), max(report.total().finalOutcomes())));
        variables.put("honoursMax", max(report.total().honours()));
        variables.put("deadline", report.round().getDeadline().toString());
        variables.put("printedOn", dateTime(clock.instant()));
        // a list longer than a printable appendix stays in the workbook (its own sheet), and the PDF says so
        variables.put("peopleChunks", report.people().size() > PDF_PEOPLE_MAX ? null : chunks(report.people()));
        return pdf.pdf("yearend/report-pdf", locale, variables, "/");
    }

    /**
     * The list of people in tables of {@link #PEOPLE_PER_TABLE} rows (one empty table when there is nobody):
     * openhtmltopdf lays out one table of thousands of rows over hundreds of pages several times slower than
     * the same rows in tables of a page each.
     */
    static <T> List<List<T>> chunks(List<T> people) {
        if (people.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < people.size(); from += PEOPLE_PER_TABLE) {
            chunks.add(people.subList(from, Math.min(people.size(), from + PEOPLE_PER_TABLE)));
        }
        return chunks;
    }

    private void figures(Workbook workbook, Consolidated report, Locale locale, String sheetKey, String section) {
        String title = text(locale, sheetKey);
        Sheet sheet = workbook.sheet(title, title + " " + report.round().getYear(), "yearend.column.unit",
                "yearend.column.figure", "yearend.column.national", "yearend.column.provincial",
                "yearend.column.total");
        for (Submitted unit : report.submitted()) {
            for (Line line : lines(unit.figures(), section)) {
                workbook.row(sheet, unit.unitName(), text(locale, line.label()), line.national(), line.provincial(),
                        line.total());
            }
        }
        for (Line line : lines(report.total(), section)) {
            workbook.row(sheet, text(locale, "yearend.province"), text(locale, line.label()), line.national(),
                    line.provincial(), line.total());
        }
    }

    private void assessmentRows(Workbook workbook, Sheet sheet, String unitName, YearEndFigures figures,
            Locale locale) {
        for (Line line : figures.annualGrades()) {
            workbook.row(sheet, unitName, text(locale, "yearend.section.annual"), text(locale, line.label()),
                    line.national(), line.provincial(), line.total());
        }
        for (Line line : figures.finalOutcomes()) {
            workbook.row(sheet, unitName, text(locale, "yearend.section.final"), text(locale, line.label()),
                    line.national(), line.provincial(), line.total());
        }
    }

    private static List<Line> lines(YearEndFigures figures, String section) {
        return section.equals(YearEndFigures.CHANGES) ? figures.changes() : figures.honours();
    }

    private static long max(List<Line> lines) {
        return Math.max(1, lines.stream().mapToLong(Line::total).max().orElse(1));
    }

    private static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(BusinessTime.ZONE));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** A workbook of printable sheets: a title row, a bordered header repeated on every page, bordered cells. */
    private final class Workbook implements AutoCloseable {

        private final XSSFWorkbook workbook;
        private final Locale locale;
        private final CellStyle cell;
        private final CellStyle header;
        private final CellStyle title;
        private final Map<Sheet, Integer> next = new HashMap<>();
        private final List<Sheet> sheets = new ArrayList<>();

        Workbook(XSSFWorkbook workbook, Locale locale) {
            this.workbook = workbook;
            this.locale = locale;
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            cell = workbook.createCellStyle();
            cell.setBorderTop(BorderStyle.THIN);
            cell.setBorderBottom(BorderStyle.THIN);
            cell.setBorderLeft(BorderStyle.THIN);
            cell.setBorderRight(BorderStyle.THIN);
            cell.setWrapText(true);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(cell);
            header.setFont(bold);
        }

        Sheet sheet(String name, String heading, String... columnKeys) {
            Sheet sheet = workbook.createSheet(name.replaceAll("[\\\\/?*\\[\\]:]", " "));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(heading);
            titleRow.getCell(0).setCellStyle(title);
            if (columnKeys.length > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columnKeys.length - 1));
            }
            Row head = sheet.createRow(1);
            for (int i = 0; i < columnKeys.length; i++) {
                head.createCell(i).setCellValue(text(locale, columnKeys[i]));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 0 ? 24 : 14) * 256);
            }
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columnKeys.length - 1));
            next.put(sheet, 2);
            sheets.add(sheet);
            return sheet;
        }

        void row(Sheet sheet, Object... values) {
            int index = next.get(sheet);
            next.put(sheet, index + 1);
            Row row = sheet.createRow(index);
            for (int i = 0; i < values.length; i++) {
                Cell c = row.createCell(i);
                if (values[i] instanceof Number number) {
                    c.setCellValue(number.doubleValue());
                } else {
                    c.setCellValue(values[i] == null ? "" : values[i].toString());
                }
                c.setCellStyle(cell);
            }
        }

        void write(OutputStream out) throws IOException {
            DownloadRows.report(sheets.stream().mapToLong(sheet -> next.get(sheet) - 2).sum());
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
