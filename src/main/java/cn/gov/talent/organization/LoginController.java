package cn.gov.talent.organization;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gov.talent.shared.CurrentUser;

/** The sign-in page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @AuthenticationPrincipal CurrentUser user,
            HttpSession session, Model model) {
        if (user != null) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("errorKey", switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled" -> "login.error.disabled";
                default -> "login.error.bad";
            });
            model.addAttribute("lastUsername", session.getAttribute("LAST_USERNAME"));
        }
        return "organization/login";
    }
}
