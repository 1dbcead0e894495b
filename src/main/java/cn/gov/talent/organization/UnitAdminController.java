package cn.gov.talent.organization;

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

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.web.Answers;

/** The administrator's view of the organisation tree: list, add, edit units. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

    private static final String FORM = "organization/unit-form";

    private final Organization organization;
    private final Answers answers;

    UnitAdminController(Organization organization, Answers answers) {
        this.organization = organization;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("parentId", "name", "code", "kind", "sector", "sortOrder", "active",
                "independentDesk", "provinceCode", "institutionType");
    }

    @ModelAttribute("kinds")
    UnitKind[] kinds() {
        return UnitKind.values();
    }

    @ModelAttribute("sectors")
    Sector[] sectors() {
        return Sector.values();
    }

    @ModelAttribute("provinces")
    java.util.List<Province> provinces() {
        return organization.provinces();
    }

    @ModelAttribute("institutionTypes")
    InstitutionType[] institutionTypes() {
        return InstitutionType.values();
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("units", organization.tree());
        java.util.Map<String, String> provinceNames = new java.util.HashMap<>();
        organization.provinces().forEach(province -> provinceNames.put(province.code(), province.name()));
        model.addAttribute("provinceNames", provinceNames);
        return "organization/units";
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        var form = new UnitForm();
        form.setParentId(parentId);
        // a new unit usually lies where its parent does
        if (parentId != null) {
            organization.unit(parentId).ifPresent(parent -> form.setProvinceCode(parent.provinceCode()));
        }
        model.addAttribute("form", form);
        model.addAttribute("units", organization.tree());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result, () -> organization.createUnit(form, Actor.of(user)))) {
            answers.success(redirect, "unit.saved");
            return "redirect:/admin/units";
        }
        model.addAttribute("units", organization.tree());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UnitNode unit = organization.unit(id).orElseThrow(NotFound::new);
        model.addAttribute("form", UnitForm.of(unit));
        model.addAttribute("unitId", id);
        model.addAttribute("units", organization.tree());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result, () -> organization.updateUnit(id, form, Actor.of(user)))) {
            answers.success(redirect, "unit.saved");
            return "redirect:/admin/units";
        }
        model.addAttribute("unitId", id);
        model.addAttribute("units", organization.tree());
        return FORM;
    }
}
