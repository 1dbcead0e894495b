package cn.gov.talent.organization;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Refusal;

/** 修改密码: any signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "organization/password";

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "register.confirmPassword.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("successKey", "password.change.done");
                return "redirect:/";
            } catch (Refusal refusal) {
                result.rejectValue(refusal.field(), refusal.messageKey());
            }
        }
        return VIEW;
    }
}
