package cn.gov.talent.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;

/** The office imports experts, each with an account, from the Excel template; see {@link ExpertImport}. */
@Controller
@RequestMapping("/review/experts")
@PreAuthorize("hasRole('OFFICE')")
class ExpertImportController {

    private static final String FORM = "review/expert-import";
    private static final String RESULT = "review/expert-import-result";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExpertImport imports;
    private final MessageSource messages;

    ExpertImportController(ExpertImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @InitBinder("form")
    void allowOnlyTheFile(WebDataBinder binder) {
        binder.setAllowedFields("file");
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return ExpertImport.MAX_ROWS;
    }

    @ModelAttribute("maxFileMb")
    int maxFileMb() {
        return ExpertImport.MAX_FILE_MB;
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("expert.import.template.fileName", null, locale) + ".xlsx",
                        StandardCharsets.UTF_8)
                .build().toString());
        imports.writeTemplate(locale, response.getOutputStream());
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("form", new ExpertImportForm());
        return FORM;
    }

    /**
     * The result page is the answer to the POST itself, not a redirect: the initial passwords are shown
     * once and are never put in the session (which lives in the database) nor in any cache.
     */
    @PostMapping("/import")
    String importExperts(@ModelAttribute("form") ExpertImportForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ExpertImport.Result imported;
        try {
            imported = imports.run(form.getFile(), Actor.of(user));
        } catch (ExpertImport.Refused refused) {
            result.rejectValue("file", refused.getMessage(), refused.arguments(), null);
            return FORM;
        }
        if (!imported.succeeded()) {
            result.reject("expert.import.nothingImported", new Object[] {String.valueOf(imported.errors().size())},
                    null);
            for (ExpertImport.RowError error : imported.errors()) {
                result.reject("expert.import.row", new Object[] {String.valueOf(error.row()),
                        new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.arguments())},
                        null);
            }
            return FORM;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        model.addAttribute("created", imported.created());
        return RESULT;
    }
}
