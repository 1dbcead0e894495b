package cn.gov.talent.review;

import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Downloads;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Attachment;
import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Refusal;

/**
 * The expert's pages: their own tasks only, each with the dossier content needed for judging
 * (never the applicant's ID number, phone, avoid list, nor the other experts of the panel).
 */
@Controller
@RequestMapping("/review/tasks")
@PreAuthorize("hasRole('EXPERT')")
class ExpertTaskController {

    private final ExpertReviews reviews;
    private final ReviewRounds rounds;
    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final MessageSource messages;
    private final Attachments attachments;

    ExpertTaskController(ExpertReviews reviews, ReviewRounds rounds, Applications applications, Dossiers dossiers,
            Programs programs, MessageSource messages, Attachments attachments) {
        this.attachments = attachments;
        this.reviews = reviews;
        this.rounds = rounds;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean submitted, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", reviews.tasks(user.id(), submitted,
                Paging.of(pageable, Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("submitted", submitted);
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("batches", programs.batchesById());
        return "review/tasks";
    }

    @GetMapping("/{id}")
    String task(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Assignment assignment = mine(id, user);
        model.addAttribute("score", ScoreForm.of(assignment, reviews.rubricOf(assignment).size()));
        return show(assignment, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("score") ScoreForm score, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        Assignment assignment = mine(id, user);
        if (binding.hasErrors()) {
            model.addAttribute("problems", binding.getFieldErrors().stream()
                    .map(error -> new Refusal.Problem(error.getField().replaceAll("\\W", ""),
                            "review.score.notNumber", new Object[0])).toList());
            return show(assignment, model);
        }
        try {
            if ("submit".equals(action)) {
                reviews.submit(id, Actor.of(user), score);
                redirect.addFlashAttribute("successKey", "review.submitted");
                return "redirect:/review/tasks";
            }
            reviews.saveDraft(id, Actor.of(user), score);
            redirect.addFlashAttribute("successKey", "review.draftSaved");
            return "redirect:/review/tasks/" + id;
        } catch (Refusal refused) {
            if (refused.field() != null) {
                model.addAttribute("problems", refused.problems());
            } else {
                model.addAttribute("errorText", refused.describe(messages, locale));
            }
            return show(assignment, model);
        }
    }

    @PostMapping("/{id}/conflict")
    String conflict(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        mine(id, user);
        try {
            reviews.declareConflict(id, Actor.of(user), reason);
            redirect.addFlashAttribute("successKey", "review.conflict.declared");
            return "redirect:/review/tasks";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("conflictReason", reason);
            return "redirect:/review/tasks/" + id;
        }
    }

    /** The evidence of an assigned application, for its expert only; never rendered inline. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        Assignment assignment = mine(id, user);
        try {
            Attachment attachment = attachments.find(assignment.getApplicationId(), attachmentId);
            return Downloads.attachment(attachments.content(assignment.getApplicationId(), attachmentId),
                    attachment.getFileName(), attachment.getContentType());
        } catch (Refusal missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        mine(id, user);
        try {
            reviews.decline(id, Actor.of(user), reason);
            redirect.addFlashAttribute("successKey", "review.decline.done");
            return "redirect:/review/tasks";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("declineReason", reason);
            return "redirect:/review/tasks/" + id;
        }
    }

    private String show(Assignment assignment, Model model) {
        Object problems = model.getAttribute("problems");
        if (problems instanceof List<?> list) {
            model.addAttribute("fieldProblems", list.stream().map(Refusal.Problem.class::cast)
                    .collect(java.util.stream.Collectors.groupingBy(Refusal.Problem::field)));
        }
        ReviewRound round = rounds.round(assignment.getRoundId());
        Application application = applications.find(assignment.getApplicationId()).orElseThrow();
        model.addAttribute("assignment", assignment);
        model.addAttribute("round", round);
        model.addAttribute("rubric", reviews.rubricOf(assignment));
        model.addAttribute("candidate", rounds.candidate(round.getId(), application.getId()));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("discipline", programs.disciplines().stream()
                .filter(d -> d.getCode().equals(application.getDisciplineCode())).findFirst().orElse(null));
        model.addAttribute("form", dossiers.forms(List.of(application.getId())).get(application.getId()));
        model.addAttribute("attachments", attachments.of(application.getId()));
        model.addAttribute("exceptionRequested", application.isExceptionRequested());
        model.addAttribute("exceptionDecision", application.getExceptionDecision());
        return "review/task";
    }

    private Assignment mine(long id, CurrentUser user) {
        return reviews.open(id, user.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
