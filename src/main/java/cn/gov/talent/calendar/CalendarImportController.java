package cn.gov.talent.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.ImportEndpoints;
import cn.gov.talent.web.ImportForm;
import cn.gov.talent.web.ImportPage;

/** The administrator imports a year's holidays and adjusted working days from Excel; see {@link CalendarImport}. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarImportController extends ImportEndpoints {

    private static final ImportPage PAGE = new ImportPage("calendar.import", "/admin/calendar/import",
            "/admin/calendar/template.xlsx", "/admin/calendar", CalendarImport.MAX_ROWS, CalendarImport.MAX_FILE_MB);

    private final CalendarImport imports;
    private final Answers answers;

    CalendarImportController(CalendarImport imports, MessageSource messages, Answers answers) {
        super(PAGE, messages);
        this.imports = imports;
        this.answers = answers;
    }

    @Override
    public String requiredRole() {
        return "ADMIN";
    }

    @Override
    protected void writeTemplate(Locale locale, OutputStream out) throws IOException {
        imports.writeTemplate(locale, out);
    }

    @PostMapping("/import")
    String importDays(@ModelAttribute("form") ImportForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        var imported = PAGE.run(result, () -> imports.run(form.getFile(), Actor.of(user)));
        if (imported.isEmpty()) {
            return ImportPage.VIEW;
        }
        List<LocalDate> days = imported.get().imported().stream().map(CalendarDay::day)
                .sorted(Comparator.naturalOrder()).toList();
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        answers.success(redirect, "calendar.import.done", String.valueOf(days.size()), first.toString(),
                last.toString());
        return "redirect:/admin/calendar?year=" + first.getYear();
    }
}
