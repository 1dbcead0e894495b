package cn.gov.talent.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;

/** The administrator imports a year's holidays and adjusted working days from Excel; see {@link CalendarImport}. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarImportController {

    private static final String FORM = "calendar/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CalendarImport imports;
    private final MessageSource messages;

    CalendarImportController(CalendarImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @InitBinder("form")
    void allowOnlyTheFile(WebDataBinder binder) {
        binder.setAllowedFields("file");
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return CalendarImport.MAX_ROWS;
    }

    @ModelAttribute("maxFileMb")
    int maxFileMb() {
        return CalendarImport.MAX_FILE_MB;
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(messages.getMessage("calendar.import.template.fileName", null, locale) + ".xlsx",
                        StandardCharsets.UTF_8)
                .build().toString());
        imports.writeTemplate(locale, response.getOutputStream());
    }

    @GetMapping("/import")
    String form(Model model) {
        model.addAttribute("form", new CalendarImportForm());
        return FORM;
    }

    @PostMapping("/import")
    String importDays(@ModelAttribute("form") CalendarImportForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
        CalendarImport.Result imported;
        try {
            imported = imports.run(form.getFile(), Actor.of(user));
        } catch (CalendarImport.Refused refused) {
            result.rejectValue("file", refused.getMessage(), refused.arguments(), null);
            return FORM;
        }
        if (!imported.succeeded()) {
            result.reject("calendar.import.nothingImported",
                    new Object[] {String.valueOf(imported.errors().size())}, null);
            for (CalendarImport.RowError error : imported.errors()) {
                result.reject("calendar.import.row", new Object[] {String.valueOf(error.row()),
                        new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.arguments())},
                        null);
            }
            return FORM;
        }
        List<LocalDate> days = imported.imported().stream().map(CalendarDay::day).sorted(Comparator.naturalOrder())
                .toList();
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        redirect.addFlashAttribute("successText", messages.getMessage("calendar.import.done",
                new Object[] {String.valueOf(days.size()), first.toString(), last.toString()}, locale));
        return "redirect:/admin/calendar?year=" + first.getYear();
    }
}
