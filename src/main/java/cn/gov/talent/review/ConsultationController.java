package cn.gov.talent.review;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Answers;

/** 征求意见: a consulted department reads a confirmed proposed list and records its unit's opinion. */
@Controller
@RequestMapping("/review/consultation")
@PreAuthorize("hasRole('DEPARTMENT')")
class ConsultationController {

    private final Proposals proposals;
    private final Programs programs;
    private final Answers answers;

    ConsultationController(Proposals proposals, Programs programs, Answers answers) {
        this.proposals = proposals;
        this.programs = programs;
        this.answers = answers;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("proposals", proposals.confirmed());
        model.addAttribute("batches", programs.batchesById());
        return "review/consultations";
    }

    @GetMapping("/{batchId}")
    String proposal(@PathVariable long batchId, @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Proposal proposal = proposals.proposal(batchId).filter(Proposal::isConfirmed).orElseThrow(NotFound::new);
        model.addAttribute("proposal", proposal);
        model.addAttribute("batch", programs.batch(batchId).orElseThrow(NotFound::new));
        model.addAttribute("page", proposals.entries(batchId, null, true,
                Paging.of(pageable, ProposalController.LIST_ORDER)));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("opinion", proposals.opinionOf(batchId, user.unitId()).orElse(null));
        return "review/consultation";
    }

    @PostMapping("/{batchId}")
    String record(@PathVariable long batchId, @ModelAttribute OpinionForm opinionForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/review/consultation/" + batchId, redirect, "consultation.recorded", opinionForm,
                () -> proposals.recordOpinion(batchId, Actor.of(user), user.fullName(), user.unitName(),
                        opinionForm.getAgree(), opinionForm.getComment()));
    }
}
