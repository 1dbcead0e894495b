package cn.gov.talent.review;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.application.Application;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.Attachment;
import cn.gov.talent.application.Attachments;
import cn.gov.talent.application.Dossiers;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * The expert's pages: their own tasks only, each with the dossier content needed for judging
 * (never the applicant's ID number, phone, avoid list, nor the other experts of the panel).
 */
@Controller
@RequestMapping("/review/tasks")
@PreAuthorize("hasRole('EXPERT')")
class ExpertTaskController {

    private final ExpertReviews reviews;
    private final RoundQueries rounds;
    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final Attachments attachments;
    private final Answers answers;

    ExpertTaskController(ExpertReviews reviews, RoundQueries rounds, Applications applications, Dossiers dossiers,
            Programs programs, Attachments attachments, Answers answers) {
        this.reviews = reviews;
        this.rounds = rounds;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.attachments = attachments;
        this.answers = answers;
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

    /** Saves the draft or submits; what is refused is shown beside what was typed, on the same page. */
    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("score") ScoreForm score, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Assignment assignment = mine(id, user);
        boolean submit = "submit".equals(action);
        if (!binding.hasErrors() && answers.attempt(binding, () -> {
            if (submit) {
                reviews.submit(id, Actor.of(user), score);
            } else {
                reviews.saveDraft(id, Actor.of(user), score);
            }
        })) {
            answers.success(redirect, submit ? "review.submitted" : "review.draftSaved");
            return submit ? "redirect:/review/tasks" : "redirect:/review/tasks/" + id;
        }
        score.fill(reviews.rubricOf(assignment).size());
        return show(assignment, model);
    }

    /** Declared: back to the list, the task is no longer the expert's; refused: back to the task. */
    @PostMapping("/{id}/conflict")
    String conflict(@PathVariable long id, @ModelAttribute ConflictForm conflictForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        mine(id, user);
        String answer = answers.redirect("/review/tasks", redirect, "review.conflict.declared", conflictForm,
                () -> reviews.declareConflict(id, Actor.of(user), conflictForm.getReason()));
        return redirect.getFlashAttributes().containsKey(Answers.ERROR) ? "redirect:/review/tasks/" + id : answer;
    }

    /** The evidence of an assigned application, for its expert only; never rendered inline. */
    @PersonalDataDownload("APPLICATION_ATTACHMENT")
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        Assignment assignment = mine(id, user);
        Attachment attachment = attachments.of(assignment.getApplicationId()).stream()
                .filter(candidate -> candidate.getId() == attachmentId).findFirst().orElseThrow(NotFound::new);
        return Downloads.attachment(attachments.contentOf(attachment.getSha256()), attachment.getFileName(),
                attachment.getContentType());
    }

    /** Declined: back to the list; refused: back to the task, with the reason typed. */
    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, @ModelAttribute DeclineForm declineForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        mine(id, user);
        String answer = answers.redirect("/review/tasks", redirect, "review.decline.done", declineForm,
                () -> reviews.decline(id, Actor.of(user), declineForm.getReason()));
        return redirect.getFlashAttributes().containsKey(Answers.ERROR) ? "redirect:/review/tasks/" + id : answer;
    }

    private String show(Assignment assignment, Model model) {
        ReviewRound round = rounds.round(assignment.getRoundId());
        Application application = applications.find(assignment.getApplicationId()).orElseThrow(NotFound::new);
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
        return reviews.open(id, user.id()).orElseThrow(NotFound::new);
    }
}
