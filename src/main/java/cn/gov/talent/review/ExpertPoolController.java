package cn.gov.talent.review;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Downloads;
import cn.gov.talent.web.Answers;
import cn.gov.talent.spreadsheet.Sheets;

/** The expert pool for the program office, filtered by status and discipline, paged in SQL. */
@Controller
@RequestMapping("/review/experts")
@PreAuthorize("hasRole('OFFICE')")
class ExpertPoolController {

    private final ExpertPool pool;
    private final MessageSource messages;
    private final Answers answers;

    ExpertPoolController(ExpertPool pool, MessageSource messages, Answers answers) {
        this.pool = pool;
        this.messages = messages;
        this.answers = answers;
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id,
            @RequestParam ExpertStatus status, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect("/review/experts", redirect, "expert.status.saved." + status.name(),
                () -> pool.changeStatus(id, status, reason, Actor.of(user)));
    }

    /** The whole pool (or the filtered part) as an Excel sheet, read page by page. */
    @PersonalDataDownload("EXPERT_LIST")
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) ExpertStatus status, @RequestParam(required = false) String discipline,
            Locale locale, HttpServletResponse response) throws IOException {
        String title = messages.getMessage("expert.list.title", null, locale);
        String[] columns = {"expert.name", "expert.employer", "expert.title", "expert.discipline", "expert.status",
                "expert.maxLoad", "expert.statusReason"};
        try (var sheets = new Sheets(title, columns, messages, locale)) {
            Paging.forEach(pageable -> pool.search(status, discipline, pageable), 500, Sort.by("fullName"),
                    (ExpertRow expert) -> sheets.row(expert.fullName(), expert.employerName(), expert.title(),
                            String.join("、", expert.disciplines()),
                            messages.getMessage("expert.status." + expert.status().name(), null, locale),
                            expert.maxLoad(), expert.statusReason()));
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("expert", pool.expert(id));
        model.addAttribute("form", pool.form(id));
        model.addAttribute("disciplines", pool.disciplines());
        return "review/expert-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ExpertForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors() || !answers.attempt(binding, () -> pool.update(id, form, Actor.of(user)))) {
            model.addAttribute("expert", pool.expert(id));
            model.addAttribute("disciplines", pool.disciplines());
            return "review/expert-form";
        }
        answers.success(redirect, "expert.form.saved");
        return "redirect:/review/experts";
    }

    @GetMapping
    String list(@RequestParam(required = false) ExpertStatus status,
            @RequestParam(required = false) String discipline,
            @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page", pool.search(status, discipline, Paging.of(pageable, Sort.by("fullName"))));
        model.addAttribute("disciplines", pool.disciplines());
        model.addAttribute("statuses", ExpertStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("discipline", discipline);
        return "review/experts";
    }
}
