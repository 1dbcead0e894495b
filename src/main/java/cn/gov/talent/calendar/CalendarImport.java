package cn.gov.talent.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.spreadsheet.ImportResult;
import cn.gov.talent.spreadsheet.ImportRowError;
import cn.gov.talent.spreadsheet.TemplateWorkbooks;

/**
 * 工作日历导入: the administrator copies the year's State Council notice into the Excel template and
 * uploads it. Each row is one day (a holiday or an adjusted working day) and replaces what the
 * calendar said of that date; if any row is wrong nothing is stored and every problem is reported
 * with its row number as Excel shows it.
 */
@Service
class CalendarImport {

    /** A year has about 30 holidays and 6 adjusted days; 400 rows hold ten years with room to spare. */
    public static final int MAX_ROWS = 400;

    public static final int MAX_FILE_MB = 2;

    /** The template's columns, in order; the header texts are messages {@code calendar.import.column.*}. */
    enum Column {
        DAY("day", 16), KIND("kind", 24), NAME("name", 24);

        final String headerKey;
        final int width;

        Column(String key, int width) {
            this.headerKey = "calendar.import.column." + key;
            this.width = width;
        }
    }

    /** 2026-10-01, 2026-1-4, 2026/10/1, 2026.10.1 and 2026年10月1日 all name a day. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final WorkingCalendar calendar;
    private final MessageSource messages;

    CalendarImport(WorkingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Either errors (and nothing was stored) or the days stored, in the order of the file. */
    public record Result(List<ImportRowError> errors, List<CalendarDay> imported) implements ImportResult {
    }

    /** The template: the header, the date column formatted as dates and the type column a drop-down list. */
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        try (var workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle asText = workbook.createCellStyle();
            asText.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet sheet = workbook.createSheet(text.apply("calendar.import.template.sheet"));
            Row head = sheet.createRow(0);
            for (Column column : Column.values()) {
                var cell = head.createCell(column.ordinal());
                cell.setCellValue(text.apply(column.headerKey));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), column.width * 256);
                sheet.setDefaultColumnStyle(column.ordinal(), column == Column.DAY ? date : asText);
            }
            var helper = sheet.getDataValidationHelper();
            var kinds = helper.createExplicitListConstraint(new String[] {
                    text.apply("calendar.kind." + DayKind.HOLIDAY.name()), text.apply("calendar.kind." + DayKind.WORKDAY.name())});
            var validation = helper.createValidation(kinds,
                    new CellRangeAddressList(1, MAX_ROWS, Column.KIND.ordinal(), Column.KIND.ordinal()));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    /**
     * Reads the uploaded template and, if every row is valid, stores all its days in one transaction
     * (each audited with the actor); otherwise stores nothing and returns every row's problems.
     *
     * @throws Refusal if the file as a whole cannot be read as the template
     */
    public Result run(MultipartFile file, Actor actor) {
        List<SheetRow> rows = read(file);
        List<ImportRowError> errors = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> firstRowOf = new HashMap<>();
        for (SheetRow row : rows) {
            CalendarDay day = validate(row, firstRowOf, errors);
            if (day != null) {
                days.add(day);
            }
        }
        if (!errors.isEmpty()) {
            return new Result(errors, List.of());
        }
        calendar.importAll(days, actor);
        return new Result(List.of(), days);
    }

    private record SheetRow(int number, LocalDate day, String dayText, String kind, String name) {

        boolean blank() {
            return day == null && dayText.isEmpty() && kind.isEmpty() && name.isEmpty();
        }
    }

    private CalendarDay validate(SheetRow row, Map<LocalDate, Integer> firstRowOf, List<ImportRowError> errors) {
        int n = row.number();
        int before = errors.size();

        LocalDate day = row.day();
        if (day == null && row.dayText().isEmpty()) {
            errors.add(new ImportRowError(n, "calendar.error.day.required"));
        } else if (day == null) {
            errors.add(new ImportRowError(n, "calendar.import.row.day.invalid", row.dayText()));
        } else {
            add(errors, n, WorkingCalendar.dayRefusal(day));
            Integer first = firstRowOf.putIfAbsent(day, n);
            if (first != null) {
                errors.add(new ImportRowError(n, "calendar.import.row.day.duplicate", day.toString(), String.valueOf(first)));
            }
        }

        DayKind kind = kind(row.kind());
        if (row.kind().isEmpty()) {
            errors.add(new ImportRowError(n, "calendar.error.kind.required"));
        } else if (kind == null) {
            errors.add(new ImportRowError(n, "calendar.import.row.kind.unknown", row.kind()));
        } else {
            add(errors, n, WorkingCalendar.kindRefusal(day, kind));
        }

        add(errors, n, WorkingCalendar.nameRefusal(row.name()));
        return errors.size() == before ? new CalendarDay(day, kind, row.name(), null, null) : null;
    }

    private static void add(List<ImportRowError> errors, int row, Refusal refusal) {
        if (refusal != null) {
            errors.add(new ImportRowError(row, refusal.messageKey(), refusal.arguments()));
        }
    }

    /** HOLIDAY / WORKDAY, or the type's name as either language shows it (节假日, 调休上班). */
    private DayKind kind(String text) {
        for (DayKind kind : DayKind.values()) {
            if (kind.name().equalsIgnoreCase(text) || LANGUAGES.stream()
                    .anyMatch(language -> messages.getMessage("calendar.kind." + kind.name(), null, language)
                            .equalsIgnoreCase(text))) {
                return kind;
            }
        }
        return null;
    }

    private List<SheetRow> read(MultipartFile file) {
        return TemplateWorkbooks.readRows(file, "calendar.import", MAX_FILE_MB, MAX_ROWS,
                Arrays.stream(Column.values()).map(column -> column.headerKey).toList(), messages,
                (row, formatter) -> {
                    Cell dayCell = row.getCell(Column.DAY.ordinal());
                    return new SheetRow(row.getRowNum() + 1, date(dayCell, formatter),
                            TemplateWorkbooks.clean(formatter.formatCellValue(dayCell)),
                            TemplateWorkbooks.cell(row, Column.KIND.ordinal(), formatter),
                            TemplateWorkbooks.cell(row, Column.NAME.ordinal(), formatter));
                }, SheetRow::blank);
    }

    /** A date cell as Excel stores it (a number formatted as a date), or text that names a day; else null. */
    private static LocalDate date(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
        }
        if (type != CellType.STRING) {
            return null;
        }
        Matcher matcher = DATE.matcher(TemplateWorkbooks.clean(formatter.formatCellValue(cell)));
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }




}
