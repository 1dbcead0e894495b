package cn.gov.talent.review;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Downloads;
import cn.gov.talent.web.Answers;
import cn.gov.talent.spreadsheet.Sheets;

/** 拟入选名单: drafting, adjusting with reasons, confirming, the departments' opinions, the export. */
@Controller
@RequestMapping("/review/batches/{batchId}/proposal")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class ProposalController {

    /** By category and rank; PostgreSQL puts applications without a rank (not in the last round) last. */
    static final Sort LIST_ORDER = Sort.by("categoryId", "rankInCategory", "serialNo");

    private final Proposals proposals;
    private final Programs programs;
    private final MessageSource messages;
    private final Answers answers;

    ProposalController(Proposals proposals, Programs programs, MessageSource messages, Answers answers) {
        this.proposals = proposals;
        this.programs = programs;
        this.messages = messages;
        this.answers = answers;
    }

    @GetMapping
    String proposal(@PathVariable long batchId, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) Boolean included, @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        model.addAttribute("batch", programs.batch(batchId).orElseThrow(NotFound::new));
        model.addAttribute("proposal", proposals.proposal(batchId).orElse(null));
        model.addAttribute("page", proposals.entries(batchId, categoryId, included, Paging.of(pageable, LIST_ORDER)));
        model.addAttribute("includedByCategory", proposals.includedByCategory(batchId));
        model.addAttribute("places", programs.totalPlaces(batchId).orElse(null));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("opinions", proposals.opinions(batchId));
        model.addAttribute("awaited", proposals.awaitedDepartments(batchId));
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("included", included);
        return "review/proposal";
    }

    @PostMapping("/draft")
    @PreAuthorize("hasRole('OFFICE')")
    String draft(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "proposal.drafted",
                () -> proposals.draft(batchId, Actor.of(user)));
    }

    @PostMapping("/entries/{applicationId}")
    @PreAuthorize("hasRole('OFFICE')")
    String decide(@PathVariable long batchId, @PathVariable long applicationId, @RequestParam boolean include,
            @ModelAttribute AdjustmentForm adjustmentForm, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        adjustmentForm.setApplicationId(applicationId);
        return answers.redirect(page(batchId), redirect, include ? "proposal.includedDone" : "proposal.excluded",
                adjustmentForm, () -> proposals.decide(batchId, applicationId, include, adjustmentForm.getReason(),
                        Actor.of(user)));
    }

    @PostMapping("/confirm")
    @PreAuthorize("hasRole('OFFICE')")
    String confirm(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "proposal.confirmedDone",
                () -> proposals.confirm(batchId, Actor.of(user)));
    }

    @PersonalDataDownload("PROPOSAL_LIST")
    @GetMapping("/export.xlsx")
    void export(@PathVariable long batchId, Locale locale, HttpServletResponse response) throws IOException {
        String title = messages.getMessage("proposal.title", null, locale);
        Map<Long, String> categories = programs.categoryNames();
        String[] columns = {"application.category", "review.rank.category", "application.serialNo",
                "application.applicant", "application.employer", "review.trimmedMean", "proposal.suggested",
                "proposal.included", "proposal.reason"};
        String batch = programs.batch(batchId).orElseThrow(NotFound::new).title();
        try (var sheets = new Sheets(title + " · " + batch, columns, messages, locale)) {
            String yes = messages.getMessage("export.yes", null, locale);
            Paging.forEach(pageable -> proposals.entries(batchId, null, null, pageable), 1000, LIST_ORDER,
                    (ProposalEntry e) -> sheets.row(categories.get(e.getCategoryId()), e.getRankInCategory(),
                            e.getSerialNo(), e.getApplicantName(), e.getEmployerName(), e.getTrimmedMean(),
                            e.isSuggested() ? yes : "", e.isIncluded() ? yes : "", e.getReason()));
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    private static String page(long batchId) {
        return "/review/batches/" + batchId + "/proposal";
    }
}
