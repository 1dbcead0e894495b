package cn.gov.talent.organization;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.web.Answers;

/**
 * 个人设置: any signed-in user chooses which messages also come by e-mail (all, only those asking them to
 * act, none) and the language of that mail; the page shows the address on file and links to the password.
 */
@Controller
@RequestMapping("/account/settings")
class AccountSettingsController {

    private static final String VIEW = "organization/settings";

    private final Accounts accounts;
    private final Answers answers;

    AccountSettingsController(Accounts accounts, Answers answers) {
        this.accounts = accounts;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("mailPreference", "language");
    }

    @ModelAttribute("preferences")
    MailPreference[] preferences() {
        return MailPreference.values();
    }

    @ModelAttribute("languages")
    PreferredLanguage[] languages() {
        return PreferredLanguage.values();
    }

    @ModelAttribute("email")
    String email(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : accounts.find(user.id()).map(UserAccount::getEmail).orElse(null);
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", MailSettingsForm.of(accounts.find(user.id()).orElseThrow()));
        return VIEW;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") MailSettingsForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        if (!result.hasErrors() && answers.attempt(result,
                () -> accounts.chooseMail(user.id(), form.getMailPreference(), form.getLanguage()))) {
            answers.success(redirect, "settings.saved");
            return "redirect:/account/settings";
        }
        return VIEW;
    }
}
