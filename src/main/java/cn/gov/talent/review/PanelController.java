package cn.gov.talent.review;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/**
 * The office's page of one application's panel in a round: its seats, the experts who could be
 * added, a redraw of the empty slots, an expert assigned or taken off by hand, a submitted review
 * reopened. Supervisors (巡察) read it and change nothing.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class PanelController {

    private final RoundQueries queries;
    private final Draws draws;
    private final PanelAdjustments adjustments;
    private final Programs programs;
    private final Answers answers;

    PanelController(RoundQueries queries, Draws draws, PanelAdjustments adjustments, Programs programs,
            Answers answers) {
        this.queries = queries;
        this.draws = draws;
        this.adjustments = adjustments;
        this.programs = programs;
        this.answers = answers;
    }

    @GetMapping("/rounds/{roundId}/applications/{applicationId}")
    String panel(@PathVariable long roundId, @PathVariable long applicationId, Model model) {
        ReviewRound round = queries.round(roundId);
        List<Assignment> panel = queries.panel(roundId, applicationId);
        model.addAttribute("round", round);
        model.addAttribute("candidate", queries.candidate(roundId, applicationId));
        model.addAttribute("panel", panel);
        model.addAttribute("experts", queries.experts(panel.stream().map(Assignment::getExpertId).toList()));
        model.addAttribute("normalised", queries.normalisedScores(roundId, applicationId));
        model.addAttribute("eligible", adjustments.eligibleFor(roundId, applicationId));
        model.addAttribute("categories", programs.categoryNames());
        return "review/panel";
    }

    @PostMapping("/rounds/{roundId}/applications/{applicationId}/redraw")
    @PreAuthorize("hasRole('OFFICE')")
    String redraw(@PathVariable long roundId, @PathVariable long applicationId, @ModelAttribute RedrawForm redrawForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(panelPage(roundId, applicationId), redirect, "review.redraw.done", redrawForm,
                () -> draws.redraw(roundId, applicationId, redrawForm.getReason(), Actor.of(user)));
    }

    @PostMapping("/rounds/{roundId}/applications/{applicationId}/assign")
    @PreAuthorize("hasRole('OFFICE')")
    String assign(@PathVariable long roundId, @PathVariable long applicationId, @ModelAttribute AssignForm assignForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(panelPage(roundId, applicationId), redirect, "review.assign.done", assignForm, () -> {
            if (assignForm.getExpertId() == null) {
                throw new Refusal("review.assign.expertRequired");
            }
            adjustments.assignByHand(roundId, applicationId, assignForm.getExpertId(), assignForm.getReason(),
                    Actor.of(user));
        });
    }

    @PostMapping("/assignments/{id}/remove")
    @PreAuthorize("hasRole('OFFICE')")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Assignment assignment = queries.assignment(id);
        return answers.redirect(panelPage(assignment.getRoundId(), assignment.getApplicationId()), redirect,
                "review.remove.done", () -> adjustments.removeByHand(id, reason, Actor.of(user)));
    }

    @PostMapping("/assignments/{id}/reopen")
    @PreAuthorize("hasRole('OFFICE')")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Assignment assignment = queries.assignment(id);
        return answers.redirect(panelPage(assignment.getRoundId(), assignment.getApplicationId()), redirect,
                "review.reopen.done", () -> adjustments.reopen(id, reason, Actor.of(user)));
    }

    private static String panelPage(long roundId, long applicationId) {
        return "/review/rounds/" + roundId + "/applications/" + applicationId;
    }
}
