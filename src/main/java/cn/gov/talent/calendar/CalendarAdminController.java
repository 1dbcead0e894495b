package cn.gov.talent.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/** The administrator's calendar: a year's holidays and adjusted working days, and a working-day check. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

    private static final String YEAR = "calendar/year";
    private static final String FORM = "calendar/day-form";

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Answers answers;

    CalendarAdminController(WorkingCalendar calendar, Clock clock, Answers answers) {
        this.calendar = calendar;
        this.clock = clock;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowDayFields(WebDataBinder binder) {
        binder.setAllowedFields("day", "kind", "name");
    }

    @InitBinder("check")
    void allowCheckFields(WebDataBinder binder) {
        binder.setAllowedFields("start", "workingDays");
    }

    @ModelAttribute("kinds")
    DayKind[] kinds() {
        return DayKind.values();
    }

    /** The first day counted and the last, for "a notice from {@code start} of N working days". */
    record CheckResult(LocalDate start, int workingDays, LocalDate firstDay, LocalDate end) {

        public boolean startsLater() {
            return !firstDay.equals(start);
        }

        public long calendarDays() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", new DayForm());
        model.addAttribute("check", new CheckForm());
        return yearPage(year, model);
    }

    @GetMapping("/check")
    String check(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("check") CheckForm check,
            BindingResult result, Model model) {
        Refusal outOfRange = result.hasFieldErrors("start") ? null : WorkingCalendar.dayRefusal(check.getStart());
        if (outOfRange != null) {
            result.rejectValue("start", outOfRange.messageKey(), outOfRange.arguments(), null);
        }
        if (!result.hasErrors()) {
            LocalDate start = check.getStart();
            int n = check.getWorkingDays();
            model.addAttribute("checked", new CheckResult(start, n, calendar.endOfPeriod(start, 1),
                    calendar.endOfPeriod(start, n)));
        }
        model.addAttribute("form", new DayForm());
        return yearPage(year, model);
    }

    @PostMapping
    String add(@RequestParam(required = false) Integer year, @Valid @ModelAttribute("form") DayForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("day") && form.getDay() != null) {
            calendar.day(form.getDay()).ifPresent(existing -> result.rejectValue("day", "calendar.error.day.exists",
                    new Object[] {existing.day().toString(), existing.name()}, null));
        }
        if (!result.hasErrors() && answers.attempt(result,
                () -> calendar.set(form.getDay(), form.getKind(), form.getName(), Actor.of(user)))) {
            answers.success(redirect, "calendar.saved");
            return "redirect:/admin/calendar?year=" + form.getDay().getYear();
        }
        model.addAttribute("check", new CheckForm());
        return yearPage(year, model);
    }

    @GetMapping("/{day}")
    String edit(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        CalendarDay entry = calendar.day(day).orElseThrow(NotFound::new);
        model.addAttribute("form", DayForm.of(entry));
        return FORM;
    }

    @PostMapping("/{day}")
    String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Valid @ModelAttribute("form") DayForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        calendar.day(day).orElseThrow(NotFound::new);
        // the address names the day; whatever the form says of it is ignored
        form.setDay(day);
        if (!result.hasErrors() && answers.attempt(result,
                () -> calendar.set(form.getDay(), form.getKind(), form.getName(), Actor.of(user)))) {
            answers.success(redirect, "calendar.saved");
            return "redirect:/admin/calendar?year=" + day.getYear();
        }
        return FORM;
    }

    @PostMapping("/{day}/delete")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/admin/calendar?year=" + day.getYear(), redirect, "calendar.removed",
                () -> calendar.remove(day, Actor.of(user)));
    }

    /**
     * Marks the year as maintained from the State Council's notice, or as not (yet) maintained: periods
     * counted over a year not marked complete are flagged for checking by hand.
     */
    @PostMapping("/years/{year}")
    String markYear(@PathVariable int year, @RequestParam boolean complete, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (WorkingCalendar.yearRefusal(year) != null) {
            throw new NotFound();
        }
        return answers.redirect("/admin/calendar?year=" + year, redirect,
                complete ? "calendar.year.markedComplete" : "calendar.year.markedIncomplete",
                () -> calendar.markComplete(year, complete, Actor.of(user)));
    }

    private String yearPage(Integer requested, Model model) {
        int year = requested == null ? LocalDate.now(clock).getYear() : requested;
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw new NotFound();
        }
        model.addAttribute("year", year);
        model.addAttribute("yearComplete", calendar.isComplete(year));
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("workingDaysInYear",
                calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        model.addAttribute("hasPrevious", year > WorkingCalendar.FIRST_YEAR);
        model.addAttribute("hasNext", year < WorkingCalendar.LAST_YEAR);
        return YEAR;
    }
}
