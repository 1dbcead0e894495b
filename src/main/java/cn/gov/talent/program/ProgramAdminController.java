package cn.gov.talent.program;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

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

import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/** The program office sets up yearly batches and the eligibility rules of each category. */
@Controller
@RequestMapping("/programs")
@PreAuthorize("hasRole('OFFICE')")
class ProgramAdminController {

    private static final String BATCH_FORM = "program/batch-form";
    private static final String RULES_FORM = "program/rules-form";
    private static final String LIMITS_FORM = "program/limits-form";

    private final Programs programs;
    private final Answers answers;

    ProgramAdminController(Programs programs, Answers answers) {
        this.programs = programs;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("year", "title", "stage", "applicationOpens", "applicationCloses", "employerDeadline",
                "recommenderDeadline", "reviewStarts", "reviewEnds", "noticeWorkingDays", "totalPlaces",
                "referenceDate", "rubric*", "timetableConfirmed", "confirmedWarnings", "rows*", "code", "name", "tier",
                "description", "categoryCode", "categoryName", "minNoticeWorkingDays", "minNoticeBasis",
                "maxPlacesPerYear", "maxPlacesBasis", "categories*");
    }

    @ModelAttribute("stages")
    BatchStage[] stages() {
        return BatchStage.values();
    }

    @GetMapping("/new")
    String newProgram(Model model) {
        model.addAttribute("form", new ProgramForm());
        model.addAttribute("tiers", ProgramTier.values());
        return "program/program-form";
    }

    @PostMapping("/new")
    String createProgram(@Valid @ModelAttribute("form") ProgramForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result, () -> programs.createProgram(form, Actor.of(user)))) {
            answers.success(redirect, "program.saved");
            return "redirect:/programs";
        }
        model.addAttribute("tiers", ProgramTier.values());
        return "program/program-form";
    }

    @PostMapping("/{programId}/categories")
    String addCategory(@PathVariable long programId, @RequestParam String code,
            @RequestParam String name, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect("/programs", redirect, "category.saved",
                () -> programs.addCategory(programId, code, name, Actor.of(user)));
    }

    @GetMapping("/{programId}/batches/new")
    String newBatch(@PathVariable long programId, Model model) {
        return batchPage(programId, null, programs.newBatchForm(programId).withSpareRows(), model);
    }

    @PostMapping("/{programId}/batches/new")
    String createBatch(@PathVariable long programId, @Valid @ModelAttribute("form") BatchForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (checked(programs.checkBatch(programId, null, form), form, result)
                && answers.attempt(result, () -> programs.createBatch(programId, form, Actor.of(user)))) {
            answers.success(redirect, "batch.saved");
            return "redirect:/programs";
        }
        return batchPage(programId, null, form.withSpareRows(), model);
    }

    @GetMapping("/batches/{batchId}")
    String editBatch(@PathVariable long batchId, Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        return batchPage(batch.programId(), batchId, programs.batchForm(batchId).withSpareRows(), model);
    }

    @PostMapping("/batches/{batchId}")
    String updateBatch(@PathVariable long batchId, @Valid @ModelAttribute("form") BatchForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        if (checked(programs.checkBatch(batch.programId(), batchId, form), form, result)
                && answers.attempt(result, () -> programs.updateBatch(batchId, form, Actor.of(user)))) {
            answers.success(redirect, "batch.saved");
            return "redirect:/programs";
        }
        return batchPage(batch.programId(), batchId, form.withSpareRows(), model);
    }

    /**
     * Puts the check's errors beside what was typed; and its warnings, with the box to confirm them, unless
     * the form confirms the very warnings the page showed. Says whether the form may be saved.
     */
    private boolean checked(BatchCheck check, BatchForm form, BindingResult result) {
        if (!check.errors().isEmpty()) {
            answers.bind(new Refusal(check.errors()), result);
        }
        if (!check.confirmedBy(form)) {
            // set before binding: a field with an error shows the value it had then
            form.setTimetableConfirmed(false);
            form.setConfirmedWarnings(check.fingerprint());
            answers.bind(Refusal.onField("timetableConfirmed", "batch.warnings.confirm"), result);
            answers.bind(new Refusal(check.warnings()), result);
        }
        return !result.hasErrors();
    }

    /** What the rules fix on every batch of the program: notice minimums and the yearly maximum. */
    @GetMapping("/{programId}/limits")
    String editLimits(@PathVariable long programId, Model model) {
        return limitsPage(programId, programs.limitsForm(programId), model);
    }

    @PostMapping("/{programId}/limits")
    String updateLimits(@PathVariable long programId, @Valid @ModelAttribute("form") ProgramLimitsForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()
                && answers.attempt(result, () -> programs.updateLimits(programId, form, Actor.of(user)))) {
            answers.success(redirect, "program.limits.saved");
            return "redirect:/programs";
        }
        return limitsPage(programId, form, model);
    }

    @GetMapping("/categories/{categoryId}/rules")
    String editRules(@PathVariable long categoryId, Model model) {
        return rulesPage(categoryId, programs.rulesForm(categoryId).withSpareRows(), model);
    }

    @PostMapping("/categories/{categoryId}/rules")
    String updateRules(@PathVariable long categoryId, @Valid @ModelAttribute("form") RulesForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return rulesPage(categoryId, form.withSpareRows(), model);
        }
        return answers.redirect("/programs", redirect, "rules.saved",
                () -> programs.updateRules(categoryId, form, Actor.of(user)));
    }

    /** The support cycle of a category's people (双高 3 years, 百千万 5, 千人计划 the first contract term). */
    @PostMapping("/categories/{categoryId}/support-years")
    String setSupportYears(@PathVariable long categoryId, @RequestParam(required = false) Integer supportYears,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/programs/categories/" + categoryId + "/rules", redirect,
                "category.supportYears.saved", () -> programs.setSupportYears(categoryId,
                        supportYears == null ? 0 : supportYears, Actor.of(user)));
    }

    /** 002 art. 32: whether the first term's regional rule binds the program's people. */
    @PostMapping("/{programId}/transfer-rule")
    String setTransferRule(@PathVariable long programId, @RequestParam(defaultValue = "false") boolean applies,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/programs/" + programId + "/limits", redirect, "program.transferRule.saved",
                () -> programs.setRegionalTransferRule(programId, applies, Actor.of(user)));
    }

    /** 002 arts. 32–33: the category as short-term or long-term, and as a 新疆西藏项目. */
    @PostMapping("/categories/{categoryId}/mobility")
    String setMobility(@PathVariable long categoryId, @RequestParam(required = false) TermKind termKind,
            @RequestParam(defaultValue = "false") boolean xinjiangTibet, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect("/programs/categories/" + categoryId + "/rules", redirect,
                "category.mobility.saved", () -> programs.setMobility(categoryId, termKind, xinjiangTibet,
                        Actor.of(user)));
    }

    /** 004 §二(一): the kind of talent the category selects, which the statistics count apart. */
    @PostMapping("/categories/{categoryId}/talent-kind")
    String setTalentKind(@PathVariable long categoryId, @RequestParam(required = false) TalentKind talentKind,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/programs/categories/" + categoryId + "/rules", redirect,
                "category.talentKind.saved", () -> programs.setTalentKind(categoryId, talentKind, Actor.of(user)));
    }

    private String batchPage(long programId, Long batchId, BatchForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programId", programId);
        model.addAttribute("batchId", batchId);
        model.addAttribute("noticeMinimum", programs.noticeMinimum(programId).orElse(null));
        model.addAttribute("placesPerYear", programs.placesPerYear(programId).orElse(null));
        return BATCH_FORM;
    }

    private String limitsPage(long programId, ProgramLimitsForm form, Model model) {
        Program program = programs.programsWithCategories().stream().filter(p -> p.getId() == programId).findFirst()
                .orElseThrow(NotFound::new);
        Map<Long, String> names = new HashMap<>();
        program.getCategories().forEach(category -> names.put(category.getId(), category.getName()));
        model.addAttribute("form", form);
        model.addAttribute("programId", programId);
        model.addAttribute("programName", program.getName());
        model.addAttribute("categoryNames", names);
        model.addAttribute("regionalTransferRule", program.isRegionalTransferRule());
        return LIMITS_FORM;
    }

    private String rulesPage(long categoryId, RulesForm form, Model model) {
        ProgramCategory category = programs.category(categoryId).orElseThrow(NotFound::new);
        model.addAttribute("form", form);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("categoryName", category.getName());
        model.addAttribute("supportYears", category.getSupportYears());
        model.addAttribute("category", category);
        model.addAttribute("programId", category.getProgram().getId());
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("termKinds", TermKind.values());
        model.addAttribute("talentKinds", TalentKind.values());
        return RULES_FORM;
    }
}
