package cn.gov.talent.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.web.ImportEndpoints;
import cn.gov.talent.web.ImportForm;
import cn.gov.talent.web.ImportPage;

/** The office imports experts, each with an account, from the Excel template; see {@link ExpertImport}. */
@Controller
@RequestMapping("/review/experts")
@PreAuthorize("hasRole('OFFICE')")
class ExpertImportController extends ImportEndpoints {

    private static final ImportPage PAGE = new ImportPage("expert.import", "/review/experts/import",
            "/review/experts/template.xlsx", "/review/experts", ExpertImport.MAX_ROWS, ExpertImport.MAX_FILE_MB);
    private static final String RESULT = "review/expert-import-result";

    private final ExpertImport imports;

    ExpertImportController(ExpertImport imports, MessageSource messages) {
        super(PAGE, messages);
        this.imports = imports;
    }

    @Override
    public String requiredRole() {
        return "OFFICE";
    }

    @Override
    protected void writeTemplate(Locale locale, OutputStream out) throws IOException {
        imports.writeTemplate(locale, out);
    }

    /**
     * The result page is the answer to the POST itself, not a redirect: the initial passwords are shown
     * once and are never put in the session (which lives in the database) nor in any cache.
     */
    @PostMapping("/import")
    String importExperts(@ModelAttribute("form") ImportForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        var imported = PAGE.run(result, () -> imports.run(form.getFile(), Actor.of(user)));
        if (imported.isEmpty()) {
            return ImportPage.VIEW;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        model.addAttribute("created", imported.get().created());
        return RESULT;
    }
}
