package cn.gov.talent.recommendation;

import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/** The office's quota page: each recommending unit's places in a batch, in all and per category. */
@Controller
@RequestMapping("/recommendation/quotas/{batchId}")
@PreAuthorize("hasRole('OFFICE')")
class QuotaController {

    private final Nominations nominations;
    private final Programs programs;
    private final Organization organization;
    private final Answers answers;

    QuotaController(Nominations nominations, Programs programs, Organization organization, Answers answers) {
        this.nominations = nominations;
        this.programs = programs;
        this.organization = organization;
        this.answers = answers;
    }

    @GetMapping
    String quotas(@PathVariable long batchId, Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        model.addAttribute("batch", batch);
        model.addAttribute("units", organization.tree().stream().filter(unit -> unit.kind() == UnitKind.RECOMMENDER)
                .toList());
        model.addAttribute("quotas", nominations.quotas(batchId).stream()
                .collect(Collectors.toMap(Quota::getUnitId, quota -> quota)));
        model.addAttribute("caps", nominations.categoryQuotas(batchId));
        model.addAttribute("categories", programs.programsWithCategories().stream()
                .filter(program -> program.getId() == batch.programId())
                .flatMap(program -> program.getCategories().stream()).toList());
        return "recommendation/quotas";
    }

    @PostMapping("/categories")
    String setCategoryQuota(@PathVariable long batchId, @RequestParam long unitId, @RequestParam long categoryId,
            @RequestParam(required = false) Integer places, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "quota.saved",
                () -> nominations.setCategoryQuota(batchId, unitId, categoryId, places, Actor.of(user)));
    }

    @PostMapping
    String setQuota(@PathVariable long batchId, @RequestParam long unitId,
            @RequestParam(required = false) Integer places, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "quota.saved", () -> {
            if (places == null) {
                throw new Refusal("quota.negative");
            }
            nominations.setQuota(batchId, unitId, places, Actor.of(user));
        });
    }

    private static String page(long batchId) {
        return "/recommendation/quotas/" + batchId;
    }
}
