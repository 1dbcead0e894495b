package cn.gov.talent.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.talent.shared.Refusal;

/**
 * Reading back an Excel template the system handed out (the expert pool, the holiday calendar):
 * the upload opened as xlsx by its content, the header recognised in either language, cells read
 * as the official typed them.
 */
public final class TemplateWorkbooks {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private TemplateWorkbooks() {
    }

    /** The upload as an OOXML workbook, or empty when POI cannot read it as one, whatever it is called. */
    public static Optional<Workbook> open(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return Optional.of(new XSSFWorkbook(in));
        } catch (IOException | RuntimeException notXlsx) {
            // POI reports a file it cannot read as xlsx in many ways: NotOfficeXmlFileException (not a zip),
            // OLE2NotOfficeXmlFileException (an old .xls), EmptyFileException, POIXMLException, ZipException...
            return Optional.empty();
        }
    }

    /**
     * Reads an uploaded template: not empty, within {@code maxFileMb}, an xlsx by its content, with
     * the template's header; each further row turned into {@code R}, rows to {@code skip} (blank,
     * the example) left out, at most {@code maxRows}. Refusals use the keys
     * {@code <keyPrefix>.file.required|tooLarge|notXlsx|notTemplate|noRows|tooManyRows} (a {@link Refusal}).
     */
    public static <R> List<R> readRows(MultipartFile file, String keyPrefix, int maxFileMb, int maxRows,
            List<String> headerKeys, MessageSource messages, BiFunction<Row, DataFormatter, R> toRow,
            Predicate<R> skip) {
        if (file == null || file.isEmpty()) {
            throw new Refusal(keyPrefix + ".file.required");
        }
        if (file.getSize() > maxFileMb * 1024L * 1024L) {
            throw new Refusal(keyPrefix + ".file.tooLarge", String.valueOf(maxFileMb));
        }
        try (Workbook workbook = open(file).orElseThrow(() -> new Refusal(keyPrefix + ".file.notXlsx"))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.CHINA);
            // Excel stores the last computed value of a formula; reading it is enough and never runs the formula
            formatter.setUseCachedValuesForFormulaCells(true);
            if (!hasHeader(sheet.getRow(0), formatter, headerKeys, messages)) {
                throw new Refusal(keyPrefix + ".file.notTemplate");
            }
            List<R> rows = new ArrayList<>();
            int count = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                R read = toRow.apply(row, formatter);
                if (skip.test(read)) {
                    continue;
                }
                count++;
                if (rows.size() <= maxRows) {
                    rows.add(read);
                }
            }
            if (count == 0) {
                throw new Refusal(keyPrefix + ".file.noRows");
            }
            if (count > maxRows) {
                throw new Refusal(keyPrefix + ".file.tooManyRows", String.valueOf(maxRows), String.valueOf(count));
            }
            return rows;
        } catch (IOException closing) {
            throw new Refusal(keyPrefix + ".file.notXlsx");
        }
    }

    /** Whether the row holds the template's headers (message keys, in order), in either language; hints in brackets may be left out. */
    public static boolean hasHeader(Row row, DataFormatter formatter, List<String> headerKeys, MessageSource messages) {
        if (row == null) {
            return false;
        }
        for (int column = 0; column < headerKeys.size(); column++) {
            String key = headerKeys.get(column);
            String found = stem(cell(row, column, formatter));
            if (LANGUAGES.stream().map(language -> stem(messages.getMessage(key, null, language)))
                    .noneMatch(found::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    /** A cell's text as Excel shows it, without surrounding (also non-breaking or ideographic) spaces. */
    public static String cell(Row row, int column, DataFormatter formatter) {
        return row == null ? "" : clean(formatter.formatCellValue(row.getCell(column)));
    }

    public static String clean(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    private static String stem(String header) {
        int bracket = header.length();
        for (char open : new char[] {'（', '('}) {
            int at = header.indexOf(open);
            if (at >= 0 && at < bracket) {
                bracket = at;
            }
        }
        return header.substring(0, bracket).strip();
    }
}
