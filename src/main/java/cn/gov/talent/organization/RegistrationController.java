package cn.gov.talent.organization;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
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

import cn.gov.talent.shared.TooManyRequests;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.RateLimits;

/**
 * 申报人注册: an applicant opens an account under their employer, or, a freelancer or someone whose
 * non-public employer is not in the tree, under the desk of their city's bureau with the workplace they
 * type (004 §二(三)2). The answer after a valid form is
 * the same whether the ID number was new (an account is opened) or already registered (nothing is
 * created): the sign-in page, with a message that covers both. A taken user name is told on the form.
 * Every registration counts toward its client address's rate limit
 * ({@code talent.rate-limit.registrations} per {@code talent.rate-limit.window}), against accounts opened
 * and user names tried in bulk.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private static final String VIEW = "organization/register";

    /** The registrations' bucket in the rate limits' table. */
    static final String BUCKET = "registration";

    private final Accounts accounts;
    private final Organization organization;
    private final Answers answers;
    private final RateLimits rateLimits;
    private final int registrationsPerWindow;

    RegistrationController(Accounts accounts, Organization organization, Answers answers, RateLimits rateLimits,
            @Value("${talent.rate-limit.registrations:20}") int registrationsPerWindow) {
        this.accounts = accounts;
        this.organization = organization;
        this.answers = answers;
        this.rateLimits = rateLimits;
        this.registrationsPerWindow = registrationsPerWindow;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("fullName", "idNumber", "phone", "email", "employerId", "independent", "deskId",
                "workplace", "username", "password", "confirmPassword");
        binder.addValidators(new RegistrationForm.WhereTheyWork());
    }

    @ModelAttribute("employers")
    Map<UnitNode, List<UnitNode>> employers() {
        return organization.employersByRecommender();
    }

    /** The bureaus with a desk (受理窗口) for freelancers and the non-public sector, and their desks. */
    @ModelAttribute("desks")
    Map<UnitNode, UnitNode> desks() {
        return organization.desksByBureau();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return VIEW;
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
            HttpServletRequest request, RedirectAttributes redirect) {
        rateLimits.count(BUCKET, registrationsPerWindow, request.getRemoteAddr()).ifPresent(retryAfter -> {
            throw new TooManyRequests(retryAfter, "error.429.register");
        });
        if (!result.hasErrors() && answers.attempt(result, () -> accounts.register(form))) {
            answers.success(redirect, "register.done");
            return "redirect:/login";
        }
        form.setPassword(null);
        form.setConfirmPassword(null);
        return VIEW;
    }
}
