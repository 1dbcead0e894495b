package cn.gov.talent.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.DownloadRows;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Formats;

/**
 * The application list as an Excel workbook, with the same scope and filters as the page.
 * Streams rows page by page, so a long list never sits in memory whole.
 */
@Component
class ApplicationExport {

    private static final int CHUNK = 500;
    private static final String[] COLUMNS = {"application.serialNo", "application.applicant", "application.employer",
            "application.batch", "application.category", "application.status", "application.submittedAt",
            "application.exceptionRequested"};

    private final Applications applications;
    private final Programs programs;
    private final MessageSource messages;
    private final Formats formats;

    ApplicationExport(Applications applications, Programs programs, MessageSource messages,
            Formats formats) {
        this.applications = applications;
        this.programs = programs;
        this.messages = messages;
        this.formats = formats;
    }

    void write(DataScope scope, ApplicationFilter filter, Locale locale, OutputStream out) throws IOException {
        Map<Long, BatchSummary> batches = programs.batchesById();
        Map<Long, String> categories = programs.categoryNames();
        try (var workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("application.list.title", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(COLUMNS[i], null, locale));
                head.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] rowNumber = {1};
            Paging.forEach(pageable -> applications.search(scope, filter, pageable), CHUNK, Sort.by("serialNo"),
                    (Application application) -> {
                    Row row = sheet.createRow(rowNumber[0]++);
                    BatchSummary batch = batches.get(application.getBatchId());
                    row.createCell(0).setCellValue(application.getSerialNo());
                    row.createCell(1).setCellValue(application.getApplicantName());
                    row.createCell(2).setCellValue(application.getEmployerName());
                    row.createCell(3).setCellValue(batch == null ? "" : batch.title());
                    row.createCell(4).setCellValue(categories.getOrDefault(application.getCategoryId(), ""));
                    row.createCell(5).setCellValue(messages.getMessage(application.getStatus().messageKey(), null, locale));
                    row.createCell(6).setCellValue(formats.dateTime(application.getSubmittedAt()));
                    row.createCell(7).setCellValue(application.isExceptionRequested()
                            ? messages.getMessage("export.yes", null, locale) : "");
                    });
            DownloadRows.report(rowNumber[0] - 1L);
            workbook.write(out);
        }
    }
}
