package cn.gov.talent.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.ProgressCardProvider;
import cn.gov.talent.shared.PublicBaseUrl;
import cn.gov.talent.shared.Role;
import cn.gov.talent.shared.WorkItem;
import cn.gov.talent.shared.WorkItemProvider;

/**
 * The home page: what is waiting for me, gathered from every module that has work for the user; the work under
 * way (工作台: the office's open batches, a recommending unit's part in them) as cards, the most urgent first; for
 * the administrator also the settings worth checking at a glance (the public address on certificates).
 */
@Controller
class HomeController {

    private final List<WorkItemProvider> providers;
    private final List<ProgressCardProvider> boards;
    private final PublicBaseUrl publicBaseUrl;

    HomeController(List<WorkItemProvider> providers, List<ProgressCardProvider> boards, PublicBaseUrl publicBaseUrl) {
        this.providers = providers;
        this.boards = boards;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<WorkItem> items = providers.stream().flatMap(provider -> provider.workFor(user).stream()).toList();
        model.addAttribute("workItems", items);
        model.addAttribute("cards", boards.stream().flatMap(board -> board.cardsFor(user).stream())
                .sorted(ProgressCard.MOST_URGENT_FIRST).toList());
        model.addAttribute("roles", user.roles());
        if (user.has(Role.ADMIN)) {
            model.addAttribute("publicBaseUrl", publicBaseUrl.value());
        }
        return "home";
    }
}
