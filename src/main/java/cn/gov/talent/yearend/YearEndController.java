package cn.gov.talent.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * 年度统计报送 pages: the years opened (the office opens the next), the office's overview of every recommending
 * unit with reminders and the consolidated report (Excel, PDF), and one unit's report with its figures, its
 * remarks and the step its reader may take. A recommending unit reaches only its own report (another unit's:
 * 404). Every post answers on the page it came from.
 */
@Controller
@RequestMapping("/yearend")
class YearEndController {

    static final String READERS = "hasAnyRole('RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    static final String OFFICE_READERS = "hasAnyRole('OFFICE', 'SUPERVISOR')";

    private final YearEndReports reports;
    private final ConsolidatedReport consolidated;
    private final Answers answers;

    YearEndController(YearEndReports reports, ConsolidatedReport consolidated, Answers answers) {
        this.reports = reports;
        this.consolidated = consolidated;
        this.answers = answers;
    }

    @GetMapping
    @PreAuthorize(READERS)
    String years(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rounds", reports.rounds());
        model.addAttribute("today", reports.today());
        model.addAttribute("ownUnit", user.has(Role.RECOMMENDER) ? user.unitId() : null);
        return "yearend/years";
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICE')")
    String open(@RequestParam(required = false) String year, @RequestParam(required = false) String deadline,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedYear", year);
        redirect.addFlashAttribute("typedDeadline", deadline);
        int[] opened = new int[1];
        String answer = answers.redirect("/yearend", redirect, (Object) null, () -> {
            opened[0] = reports.open(year(year), date(deadline, "deadline"), Actor.of(user)).getYear();
            return new Answers.Done("yearend.opened", String.valueOf(opened[0]));
        });
        return opened[0] == 0 ? answer : "redirect:/yearend/" + opened[0];
    }

    /** The office's overview; a recommending unit goes to its own report. */
    @GetMapping("/{year}")
    @PreAuthorize(READERS)
    String round(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!user.has(Role.OFFICE) && !user.has(Role.SUPERVISOR)) {
            reports.round(year);
            return "redirect:" + YearEndReports.page(year, user.unitId());
        }
        var rows = reports.overview(year);
        model.addAttribute("round", reports.round(year));
        model.addAttribute("rows", rows);
        model.addAttribute("submittedCount", rows.stream().filter(row -> row.status() == YearEndStatus.SUBMITTED)
                .count());
        model.addAttribute("today", reports.today());
        return "yearend/round";
    }

    @GetMapping("/{year}/units/{unitId}")
    @PreAuthorize(READERS)
    String unit(@PathVariable int year, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        YearEndReports.UnitReport report = reports.unitReport(year, unitId, Actor.of(user));
        model.addAttribute("view", report);
        model.addAttribute("figures", report.figures());
        model.addAttribute("events", report.events().stream().map(Enum::name).toList());
        model.addAttribute("history", reports.history(report.report()));
        model.addAttribute("today", reports.today());
        model.addAttribute("remarksMax", YearEndReports.REMARKS_MAX);
        model.addAttribute("reasonMax", YearEndReports.REASON_MAX);
        model.addAttribute("officeReader", user.has(Role.OFFICE) || user.has(Role.SUPERVISOR));
        return "yearend/unit";
    }

    @PostMapping("/{year}/units/{unitId}/save")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String save(@PathVariable int year, @PathVariable long unitId, @RequestParam(required = false) String remarks,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedRemarks", clipped(remarks, YearEndReports.REMARKS_MAX));
        return answers.redirect(YearEndReports.page(year, unitId), redirect, "yearend.done.SAVE_YEAR_END",
                () -> reports.save(year, unitId, remarks, Actor.of(user)));
    }

    @PostMapping("/{year}/units/{unitId}/submit")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String submit(@PathVariable int year, @PathVariable long unitId, @RequestParam(required = false) String remarks,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedRemarks", clipped(remarks, YearEndReports.REMARKS_MAX));
        return answers.redirect(YearEndReports.page(year, unitId), redirect, "yearend.done.SUBMIT_YEAR_END",
                () -> reports.submit(year, unitId, remarks, Actor.of(user)));
    }

    @PostMapping("/{year}/units/{unitId}/return")
    @PreAuthorize("hasRole('OFFICE')")
    String returnReport(@PathVariable int year, @PathVariable long unitId,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedReason", clipped(reason, YearEndReports.REASON_MAX));
        return answers.redirect(YearEndReports.page(year, unitId), redirect, "yearend.done.RETURN_YEAR_END",
                () -> reports.returnReport(year, unitId, reason, Actor.of(user)));
    }

    @PostMapping("/{year}/units/{unitId}/reopen")
    @PreAuthorize("hasRole('OFFICE')")
    String reopen(@PathVariable int year, @PathVariable long unitId, @RequestParam(required = false) String until,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedUntil", until);
        return answers.redirect(YearEndReports.page(year, unitId), redirect, "yearend.done.REOPEN_YEAR_END",
                () -> reports.reopen(year, unitId, date(until, "until"), Actor.of(user)));
    }

    @PostMapping("/{year}/remind")
    @PreAuthorize("hasRole('OFFICE')")
    String remind(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/yearend/" + year, redirect, (Object) null,
                () -> new Answers.Done("yearend.reminded", reports.remind(year, Actor.of(user))));
    }

    /** The province's consolidated report as Excel: one sheet per section, from the submitted snapshots. */
    @PersonalDataDownload("YEAR_END_REPORT")
    @GetMapping("/{year}/report.xlsx")
    @PreAuthorize(OFFICE_READERS)
    void excel(@PathVariable int year, Locale locale, HttpServletResponse response) throws IOException {
        YearEndReports.Consolidated report = reports.consolidated(year);
        try (OutputStream out = Downloads.xlsx(response, consolidated.fileName(year, locale))) {
            consolidated.excel(report, locale, out);
        }
    }

    /** The province's consolidated report as PDF, with its bar charts, from the submitted snapshots. */
    @PersonalDataDownload("YEAR_END_REPORT")
    @GetMapping("/{year}/report.pdf")
    @PreAuthorize(OFFICE_READERS)
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        YearEndReports.Consolidated report = reports.consolidated(year);
        return Downloads.pdf(consolidated.pdf(report, locale), consolidated.fileName(year, locale) + ".pdf");
    }

    /**
     * What was typed, cut to the most the field takes, to be shown again after a refusal: the session never
     * holds more than the form allows, whatever was posted.
     */
    static String clipped(String typed, int max) {
        if (typed == null || typed.length() <= max) {
            return typed;
        }
        // never half of a character outside the basic plane
        int end = Character.isHighSurrogate(typed.charAt(max - 1)) ? max - 1 : max;
        return typed.substring(0, end);
    }

    private static Integer year(String typed) {
        if (!StringUtils.hasText(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw Refusal.onField("year", "yearend.open.yearInvalid");
        }
    }

    private static LocalDate date(String typed, String field) {
        if (!StringUtils.hasText(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw Refusal.onField(field, "yearend.date.invalid");
        }
    }
}
