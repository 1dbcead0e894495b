package cn.gov.talent.web;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.spreadsheet.ImportResult;
import cn.gov.talent.spreadsheet.ImportRowError;

/**
 * The page that imports an Excel template (the expert pool, the holiday calendar), shared by its
 * controllers: what the page says comes from the messages under {@code keys}
 * ({@code <keys>.title|intro|step.*|allOrNothing|file|file.hint|submit|nothingImported|row|template.fileName}),
 * and a refused file or the rows' errors are shown on it, in the error summary, with the file kept
 * out of the form (it must be chosen again).
 */
public record ImportPage(String keys, String action, String templateUrl, String cancelUrl, int maxRows,
        int maxFileMb) {

    /** The view that renders it: {@code templates/fragments/import.html}. */
    public static final String VIEW = "fragments/import";

    /** Where the empty template is written: the response's body, sent under the template's name. */
    public OutputStream templateBody(HttpServletResponse response, MessageSource messages, Locale locale) {
        return Downloads.xlsx(response, messages.getMessage(keys + ".template.fileName", null, locale));
    }

    /**
     * Runs the import; what it did when it succeeded, or empty when the file or any row was refused,
     * each problem then bound to {@code result} for the page to show.
     */
    public <R extends ImportResult> Optional<R> run(BindingResult result, Supplier<R> importing) {
        R imported;
        try {
            imported = importing.get();
        } catch (Refusal refused) {
            result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
            return Optional.empty();
        }
        if (!imported.succeeded()) {
            show(result, imported.errors());
            return Optional.empty();
        }
        return Optional.of(imported);
    }

    /** Nothing was imported: the count, then each row's problem in order. */
    private void show(BindingResult result, List<ImportRowError> errors) {
        result.reject(keys + ".nothingImported", new Object[] {String.valueOf(errors.size())}, null);
        for (ImportRowError error : errors) {
            result.reject(keys + ".row", new Object[] {String.valueOf(error.row()),
                    new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.arguments())}, null);
        }
    }
}
