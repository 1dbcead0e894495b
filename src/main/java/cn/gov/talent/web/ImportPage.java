package cn.gov.talent.web;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The page that imports an Excel template (the expert pool, the holiday calendar), shared by its
 * controllers: what the page says comes from the messages under {@code keys}
 * ({@code <keys>.title|intro|step.*|allOrNothing|file|file.hint|submit|nothingImported|row}), and
 * a refused file or the rows' errors are shown on it, in the error summary, with the file kept
 * out of the form (it must be chosen again).
 */
public record ImportPage(String keys, String action, String templateUrl, String cancelUrl, int maxRows,
        int maxFileMb) {

    /** The view that renders it: {@code templates/fragments/import.html}. */
    public static final String VIEW = "fragments/import";

    /** The file as a whole was refused: said beside the file field. */
    public static void show(BindingResult result, ImportRefused refused) {
        result.rejectValue("file", refused.messageKey(), refused.arguments(), null);
    }

    /** Some rows are wrong and nothing was imported: the count, then each row's problem in order. */
    public void show(BindingResult result, List<ImportRowError> errors) {
        result.reject(keys + ".nothingImported", new Object[] {String.valueOf(errors.size())}, null);
        for (ImportRowError error : errors) {
            result.reject(keys + ".row", new Object[] {String.valueOf(error.row()),
                    new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.arguments())}, null);
        }
    }
}
