package cn.gov.talent.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every Excel import page has in common, under its controller's own address and role: the
 * template download ({@code …/template.xlsx}), the empty upload form ({@code …/import}), and only the
 * file bound from the upload. A controller extends it, supplies its template, and handles the POST
 * with {@link ImportPage#run}. Method security reads annotations where a method is declared, so the
 * controller's own {@code @PreAuthorize} does not reach these: each is guarded by the role the
 * controller names in {@link #requiredRole()}.
 */
@PreAuthorize("hasRole(this.requiredRole())")
public abstract class ImportEndpoints {

    private final ImportPage page;
    private final MessageSource messages;

    protected ImportEndpoints(ImportPage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    /** The role that may use this import (without the ROLE_ prefix), as on the controller itself. */
    public abstract String requiredRole();

    /** Writes this import's Excel template in the reader's language. */
    protected abstract void writeTemplate(Locale locale, OutputStream out) throws IOException;

    protected ImportPage importPage() {
        return page;
    }

    @InitBinder("form")
    public void allowOnlyTheFile(WebDataBinder binder) {
        binder.setAllowedFields("file");
    }

    @ModelAttribute("importPage")
    public ImportPage page() {
        return page;
    }

    @GetMapping("/template.xlsx")
    public void template(Locale locale, HttpServletResponse response) throws IOException {
        writeTemplate(locale, page.templateBody(response, messages, locale));
    }

    @GetMapping("/import")
    public String form(Model model) {
        model.addAttribute("form", new ImportForm());
        return ImportPage.VIEW;
    }
}
