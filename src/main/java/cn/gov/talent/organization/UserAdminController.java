package cn.gov.talent.organization;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Role;
import cn.gov.talent.web.Answers;

/**
 * The administrator's user management: search, add, edit roles and unit, see why an account is locked
 * and unlock it, give it a new initial password.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "organization/user-form";

    private final Accounts accounts;
    private final Organization organization;
    private final Answers answers;
    private final IdNumberCipher idNumbers;

    UserAdminController(Accounts accounts, Organization organization, Answers answers, IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.accounts = accounts;
        this.organization = organization;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "fullName", "idNumber", "phone", "email", "unitId", "workplace", "roles",
                "enabled", "password");
    }

    @ModelAttribute("allRoles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Role role,
            @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page", accounts.search(q, unitId, role, Paging.of(pageable, Sort.by("username"))));
        model.addAttribute("units", organization.tree());
        model.addAttribute("q", q);
        model.addAttribute("unitId", unitId);
        model.addAttribute("role", role);
        return "organization/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("units", organization.tree());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result, () -> accounts.create(form, Actor.of(user)))) {
            answers.success(redirect, "user.saved");
            return "redirect:/admin/users";
        }
        form.setPassword(null);
        model.addAttribute("units", organization.tree());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = accounts.find(id).orElseThrow(NotFound::new);
        model.addAttribute("form", UserForm.of(account));
        showAccount(account, model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.find(id).orElseThrow(NotFound::new);
        if (!result.hasErrors() && answers.attempt(result, () -> accounts.update(id, form, Actor.of(user)))) {
            answers.success(redirect, "user.saved");
            return "redirect:/admin/users";
        }
        showAccount(account, model);
        return FORM;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/admin/users/" + id, redirect, "user.unlocked",
                () -> accounts.unlock(id, Actor.of(user)));
    }

    /**
     * A new random initial password, shown once: the answer redirects to the account's page (so reloading
     * it does not reset again) with the password as a flash attribute, which the next request takes out of
     * the session. The user must change it at the next sign-in.
     */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        accounts.find(id).orElseThrow(NotFound::new);
        redirect.addFlashAttribute("newPassword", accounts.resetPassword(id, Actor.of(user)));
        return "redirect:/admin/users/" + id;
    }

    /** The account beside its form: whether it is locked everywhere, the addresses it is paused from. */
    private void showAccount(UserAccount account, Model model) {
        model.addAttribute("account", account);
        // the administrator sees the ID number masked only (ADR 0022: who sees it whole)
        model.addAttribute("maskedIdNumber", account.getIdNumber() == null ? null
                : idNumbers.masked(account.getIdNumber().cipher()));
        model.addAttribute("locked", accounts.isLocked(account));
        model.addAttribute("pauses", accounts.signInPauses(account));
        model.addAttribute("units", organization.tree());
    }
}
