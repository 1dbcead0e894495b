package cn.gov.talent.program;

import java.time.Clock;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Refusal;
import org.springframework.web.bind.annotation.RequestParam;

/** The program office sets up yearly batches and the eligibility rules of each category. */
@Controller
@RequestMapping("/programs")
@PreAuthorize("hasRole('OFFICE')")
class ProgramAdminController {

    private static final String BATCH_FORM = "program/batch-form";
    private static final String RULES_FORM = "program/rules-form";

    private final Programs programs;
    private final Clock clock;

    ProgramAdminController(Programs programs, Clock clock) {
        this.clock = clock;
        this.programs = programs;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("year", "title", "stage", "applicationOpens", "applicationCloses", "employerDeadline",
                "recommenderDeadline", "reviewStarts", "reviewEnds", "noticeWorkingDays", "totalPlaces",
                "referenceDate", "rubric*", "rows*", "code", "name", "tier", "description", "categoryCode",
                "categoryName");
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
        if (!result.hasErrors()) {
            try {
                programs.createProgram(form, Actor.of(user));
                redirect.addFlashAttribute("successKey", "program.saved");
                return "redirect:/programs";
            } catch (Refusal refusal) {
                result.rejectValue(refusal.field(), refusal.messageKey());
            }
        }
        model.addAttribute("tiers", ProgramTier.values());
        return "program/program-form";
    }

    @PostMapping("/{programId}/categories")
    String addCategory(@PathVariable long programId, @RequestParam String code,
            @RequestParam String name, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            programs.addCategory(programId, code, name, Actor.of(user));
            redirect.addFlashAttribute("successKey", "category.saved");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("errorKey", refusal.messageKey());
        }
        return "redirect:/programs";
    }

    @GetMapping("/{programId}/batches/new")
    String newBatch(@PathVariable long programId, Model model) {
        var form = new BatchForm();
        form.setYear(java.time.Year.now(clock).getValue() + 1);
        return batchPage(programId, null, form.withSpareRows(), model);
    }

    @PostMapping("/{programId}/batches/new")
    String createBatch(@PathVariable long programId, @Valid @ModelAttribute("form") BatchForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                programs.createBatch(programId, form, Actor.of(user));
                redirect.addFlashAttribute("successKey", "batch.saved");
                return "redirect:/programs";
            } catch (Refusal refusal) {
                result.rejectValue(refusal.field(), refusal.messageKey());
            }
        }
        return batchPage(programId, null, form.withSpareRows(), model);
    }

    @GetMapping("/batches/{batchId}")
    String editBatch(@PathVariable long batchId, Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return batchPage(batch.programId(), batchId, programs.batchForm(batchId).withSpareRows(), model);
    }

    @PostMapping("/batches/{batchId}")
    String updateBatch(@PathVariable long batchId, @Valid @ModelAttribute("form") BatchForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (result.hasErrors()) {
            return batchPage(batch.programId(), batchId, form.withSpareRows(), model);
        }
        programs.updateBatch(batchId, form, Actor.of(user));
        redirect.addFlashAttribute("successKey", "batch.saved");
        return "redirect:/programs";
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
        programs.updateRules(categoryId, form, Actor.of(user));
        redirect.addFlashAttribute("successKey", "rules.saved");
        return "redirect:/programs";
    }

    private String batchPage(long programId, Long batchId, BatchForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programId", programId);
        model.addAttribute("batchId", batchId);
        return BATCH_FORM;
    }

    private String rulesPage(long categoryId, RulesForm form, Model model) {
        ProgramCategory category = programs.category(categoryId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", form);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("categoryName", category.getName());
        model.addAttribute("kinds", RuleKind.values());
        return RULES_FORM;
    }
}
