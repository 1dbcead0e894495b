package cn.gov.talent.recommendation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.ApplicationFilter;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.DossierForm;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DownloadRows;
import cn.gov.talent.shared.IdNumberCipher;

/**
 * 推荐汇总表: the unit's nominees for a batch, ranked per category, laid out as an official prints
 * it: a title row, the unit and date, a bordered table, landscape A4.
 */
@Component
class NominationSummaryExport {

    private static final String[] COLUMNS = {"summary.rank", "summary.name", "summary.gender", "summary.birthDate",
            "summary.employer", "summary.title", "summary.category", "summary.discipline", "summary.evaluation"};

    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final Nominations nominations;
    private final MessageSource messages;
    private final IdNumberCipher idNumbers;
    private final Clock clock;

    NominationSummaryExport(Applications applications, Dossiers dossiers, Programs programs, Nominations nominations,
            MessageSource messages, IdNumberCipher idNumbers, Clock clock) {
        this.idNumbers = idNumbers;
        this.clock = clock;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.nominations = nominations;
        this.messages = messages;
    }

    void write(long batchId, Actor actor, String unitName, Locale locale, OutputStream out) throws IOException {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        List<Application> nominees = new ArrayList<>(applications.search(actor.scope(),
                ApplicationFilter.of(ApplicationStatus.NOMINATED, batchId), Pageable.unpaged()).getContent());
        nominees.addAll(applications.search(actor.scope(), ApplicationFilter.of(ApplicationStatus.FORWARDED, batchId),
                Pageable.unpaged()).getContent());
        Map<Long, Integer> ranks = nominations.ranks(batchId, actor.unitId());
        nominees.sort(Comparator.comparing(Application::getCategoryId)
                .thenComparing(a -> ranks.getOrDefault(a.getId(), Integer.MAX_VALUE)));
        Map<Long, DossierForm> forms = dossiers.forms(nominees.stream().map(Application::getId).toList());
        Map<Long, String> categories = programs.categoryNames();
        Map<String, String> disciplines = new HashMap<>();
        programs.disciplines().forEach(d -> disciplines.put(d.getCode(), d.getName()));
        String evaluation = nominations.list(batchId, actor.unitId()).map(NominationList::getEvaluationMethod)
                .map(method -> messages.getMessage("evaluation." + method.name(), null, locale)).orElse("");

        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("summary.sheet", null, locale));
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(workbook.createCellStyle());

            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(messages.getMessage("summary.heading", new Object[] {batch.title()}, locale));
            title.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            Row unit = sheet.createRow(1);
            unit.createCell(0).setCellValue(messages.getMessage("summary.unit", new Object[] {unitName, LocalDate.now(clock)},
                    locale));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            Row head = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(COLUMNS[i], null, locale));
                head.getCell(i).setCellStyle(header);
            }
            int rowNumber = 3;
            for (Application nominee : nominees) {
                DossierForm form = forms.get(nominee.getId());
                String stored = nominee.getApplicantIdNumberCipher();
                Row row = sheet.createRow(rowNumber++);
                Integer rank = ranks.get(nominee.getId());
                String[] values = {rank == null ? "" : rank.toString(), nominee.getApplicantName(),
                        idNumbers.isMale(stored).map(male -> messages.getMessage(male ? "summary.male"
                                : "summary.female", null, locale)).orElse(""),
                        idNumbers.birthDate(stored).map(LocalDate::toString).orElse(""), nominee.getEmployerName(),
                        form == null ? "" : titleOf(form, locale), categories.getOrDefault(nominee.getCategoryId(), ""),
                        disciplines.getOrDefault(nominee.getDisciplineCode(), ""), evaluation};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                    row.getCell(i).setCellStyle(cell);
                }
            }
            int[] widths = {6, 12, 6, 12, 24, 18, 20, 16, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256 + 512);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, COLUMNS.length - 1));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            DownloadRows.report(nominees.size());
            workbook.write(out);
        }
    }

    private String titleOf(DossierForm form, Locale locale) {
        String level = messages.getMessage("title." + form.getTitle().name(), null, locale);
        return form.getTitleName() == null || form.getTitleName().isBlank() ? level : form.getTitleName();
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

}
