package cn.gov.talent.notification;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;

/** The signed-in user's messages, newest first. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal CurrentUser user,
            @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page",
                notifications.inbox(user.id(), Paging.of(pageable, Sort.by(Sort.Direction.DESC, "createdAt"))));
        return "notification/inbox";
    }

    @PostMapping("/read")
    String markAllRead(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.id());
        return "redirect:/notifications";
    }
}
