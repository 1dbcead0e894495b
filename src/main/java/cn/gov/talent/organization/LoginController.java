package cn.gov.talent.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.web.Answers;

/**
 * The sign-in page; the form posts to Spring Security's {@code /login}. A failed sign-in shows one
 * message whatever the cause (wrong password, unknown user name, account locked or disabled), so the
 * page never tells whether an account exists or what state it is in; the administrator sees the
 * lock and its reason on the account (ADR 0018).
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", "login.error");
            // the name typed before the failure, kept by LoginFailureHandler; a stranger's GET creates no session
            HttpSession session = request.getSession(false);
            model.addAttribute("lastUsername", session == null ? null : session.getAttribute("LAST_USERNAME"));
            // the page's own message is the one shown: never a second one in the layout's slot
            model.asMap().remove(Answers.ERROR);
        }
        return "organization/login";
    }
}
