package cn.gov.talent.organization;

import jakarta.servlet.http.HttpSession;
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
import cn.gov.talent.web.Answers;

/**
 * 修改密码: any signed-in user changes their own password. A user whose password someone else chose
 * is sent here first ({@link ForcedPasswordChange}) and told why.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "organization/password";

    private final Accounts accounts;
    private final Answers answers;

    PasswordController(Accounts accounts, Answers answers) {
        this.accounts = accounts;
        this.answers = answers;
    }

    @ModelAttribute("changeRequired")
    boolean changeRequired(HttpSession session) {
        return ForcedPasswordChange.isRequired(session);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordChangeForm());
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, HttpSession session, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "register.confirmPassword.mismatch");
        }
        if (!result.hasErrors() && answers.attempt(result,
                () -> accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword()))) {
            ForcedPasswordChange.done(session);
            answers.success(redirect, "password.change.done");
            return "redirect:/";
        }
        return VIEW;
    }
}
