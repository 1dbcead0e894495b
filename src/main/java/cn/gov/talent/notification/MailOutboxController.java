package cn.gov.talent.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Answers;

/**
 * The administrator's outbox (邮件发件箱): every mail, newest first, filtered by status, with the last error
 * of one that failed; a mail that failed or was held can be put back in the queue.
 */
@Controller
@RequestMapping("/admin/mail")
@PreAuthorize("hasRole('ADMIN')")
class MailOutboxController {

    private final MailOutbox outbox;
    private final Answers answers;

    MailOutboxController(MailOutbox outbox, Answers answers) {
        this.outbox = outbox;
        this.answers = answers;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        MailStatus chosen = statusOf(status);
        model.addAttribute("page", outbox.page(chosen,
                Paging.of(pageable, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("counts", outbox.counts());
        return "notification/outbox";
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, @RequestParam(required = false) String status,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        MailStatus chosen = statusOf(status);
        return answers.redirect(chosen == null ? "/admin/mail" : "/admin/mail?status=" + chosen.name(), redirect,
                "mail.resend.done", () -> outbox.resend(id, Actor.of(user)));
    }

    /** The status to filter by; anything else (absent, unknown) shows every mail. */
    private static MailStatus statusOf(String status) {
        for (MailStatus candidate : MailStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return null;
    }
}
