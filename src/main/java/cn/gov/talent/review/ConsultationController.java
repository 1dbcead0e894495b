package cn.gov.talent.review;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;

/** 征求意见: a consulted department reads a confirmed proposed list and records its unit's opinion. */
@Controller
@RequestMapping("/review/consultation")
@PreAuthorize("hasRole('DEPARTMENT')")
class ConsultationController {

    private final Proposals proposals;
    private final Programs programs;
    private final MessageSource messages;

    ConsultationController(Proposals proposals, Programs programs, MessageSource messages) {
        this.proposals = proposals;
        this.programs = programs;
        this.messages = messages;
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
        Proposal proposal = proposals.proposal(batchId).filter(Proposal::isConfirmed)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("proposal", proposal);
        model.addAttribute("batch", programs.batch(batchId).orElseThrow());
        model.addAttribute("page", proposals.entries(batchId, null, true,
                Paging.of(pageable, ProposalController.LIST_ORDER)));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("opinion", proposals.opinionOf(batchId, user.unitId()).orElse(null));
        return "review/consultation";
    }

    @PostMapping("/{batchId}")
    String record(@PathVariable long batchId, @RequestParam(required = false) Boolean agree,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            proposals.recordOpinion(batchId, Actor.of(user), user.fullName(), user.unitName(), agree, comment);
            redirect.addFlashAttribute("successKey", "consultation.recorded");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("enteredComment", comment);
            redirect.addFlashAttribute("enteredAgree", agree);
        }
        return "redirect:/review/consultation/" + batchId;
    }
}
