package cn.gov.talent.funding;

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

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.web.Answers;

/**
 * The support plans (资助方案) of every category: the office creates and edits them on a form that comes
 * back with every problem beside its field; the supervisor reads them.
 */
@Controller
@RequestMapping("/funding/plans")
class PlanController {

    private static final String FORM = "funding/plan-form";

    private final SupportPlans plans;
    private final Programs programs;
    private final Answers answers;

    PlanController(SupportPlans plans, Programs programs, Answers answers) {
        this.plans = plans;
        this.programs = programs;
        this.answers = answers;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
    String list(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("kinds", FundKind.values());
        return "funding/plans";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('OFFICE')")
    String create(@RequestParam(required = false) Long categoryId, @RequestParam(required = false) FundKind kind,
            Model model) {
        PlanForm form = new PlanForm();
        form.setCategoryId(categoryId);
        form.setKind(kind);
        form.setPeriodYears(categoryId == null ? null : programs.supportYears(categoryId));
        form.setExtensionYears(0);
        return page(null, form.withSpareRows(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('OFFICE')")
    String save(@ModelAttribute("form") PlanForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result, () -> plans.create(form, Actor.of(user)))) {
            answers.success(redirect, "funding.plan.saved");
            return "redirect:/funding/plans";
        }
        return page(null, form.withSpareRows(), model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OFFICE')")
    String edit(@PathVariable long id, Model model) {
        return page(id, plans.formOf(id).withSpareRows(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('OFFICE')")
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        SupportPlan plan = plans.find(id).orElseThrow(() -> new NotFound("support plan " + id));
        form.setCategoryId(plan.getCategoryId());
        form.setKind(plan.getKind());
        if (!result.hasErrors() && answers.attempt(result, () -> plans.update(id, form, Actor.of(user)))) {
            answers.success(redirect, "funding.plan.saved");
            return "redirect:/funding/plans";
        }
        return page(id, form.withSpareRows(), model);
    }

    private String page(Long id, PlanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("planId", id);
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("kinds", FundKind.values());
        model.addAttribute("conditions", ReleaseCondition.values());
        return FORM;
    }
}
