package cn.gov.talent.publication;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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

import cn.gov.talent.organization.Organization;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.ExpertPool;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.web.Answers;

/**
 * The office's page of one objection: taking it up, asking the experts, asking the employer to explain a
 * question of eligibility, deciding; its files and the employer's proofs.
 */
@Controller
@RequestMapping("/publication/objections/{id}")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class ObjectionController {

    private final Notices notices;
    private final Objections objections;
    private final Programs programs;
    private final Organization organization;
    private final ExpertPool experts;
    private final ObjectionFiles downloads;
    private final Answers answers;

    ObjectionController(Notices notices, Objections objections, Programs programs, Organization organization,
            ExpertPool experts, ObjectionFiles downloads, Answers answers) {
        this.notices = notices;
        this.objections = objections;
        this.programs = programs;
        this.organization = organization;
        this.experts = experts;
        this.downloads = downloads;
        this.answers = answers;
    }

    @GetMapping
    String objection(@PathVariable long id, Model model) {
        Objection objection = objections.objection(id);
        PublicNotice notice = notices.notice(objection.getNoticeId());
        model.addAttribute("objection", objection);
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("person", notices.person(objection.getApplicationId()));
        List<ObjectionFile> files = objections.files(id);
        model.addAttribute("files", ObjectionFileLine.asFiled(files));
        List<ObjectionExplanation> explanations = objections.explanations(id);
        model.addAttribute("explanations", explanations);
        model.addAttribute("explanationPending", explanations.stream().anyMatch(asked -> !asked.isExplained()));
        model.addAttribute("proofs", ObjectionFileLine.proofs(files));
        List<ExpertOpinion> opinions = objections.opinions(id);
        model.addAttribute("opinions", opinions);
        model.addAttribute("expertNames", experts.namesOf(opinions.stream().map(ExpertOpinion::getExpertId).toList()));
        model.addAttribute("unit", objection.getAssignedUnitId() == null ? null
                : organization.unit(objection.getAssignedUnitId()).orElse(null));
        model.addAttribute("today", notices.today());
        return "publication/objection";
    }

    @PostMapping("/triage")
    @PreAuthorize("hasRole('OFFICE')")
    String triage(@PathVariable long id, @RequestParam boolean investigate, @ModelAttribute TriageForm triageForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, investigate ? "objection.assigned" : "objection.dismissed",
                triageForm, () -> objections.triage(id, investigate, triageForm.getReason(), triageForm.getDueOn(),
                        Actor.of(user)));
    }

    @PostMapping("/experts")
    @PreAuthorize("hasRole('OFFICE')")
    String ask(@PathVariable long id, @ModelAttribute QuestionForm questionForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "objection.asked", questionForm,
                () -> objections.askExperts(id, questionForm.getQuestion(), Actor.of(user)));
    }

    /** 涉及申报资格条件: the applicant's employer is asked for a written explanation with third-party proof. */
    @PostMapping("/explanation")
    @PreAuthorize("hasRole('OFFICE')")
    String askEmployer(@PathVariable long id, @ModelAttribute ExplanationRequestForm explanationRequestForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "objection.explanation.asked", explanationRequestForm,
                () -> objections.askEmployer(id, explanationRequestForm.getMatter(), explanationRequestForm.getDueOn(),
                        Actor.of(user)));
    }

    @PostMapping("/decision")
    @PreAuthorize("hasRole('OFFICE')")
    String decide(@PathVariable long id, @RequestParam boolean upheld, @ModelAttribute DecisionForm decisionForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, upheld ? "objection.upheld" : "objection.unfounded",
                decisionForm, () -> objections.decide(id, upheld, decisionForm.getReason(), Actor.of(user)));
    }

    @PersonalDataDownload("OBJECTION_FILE")
    @GetMapping("/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        return downloads.download(objections.file(id, fileId));
    }

    private static String page(long id) {
        return "/publication/objections/" + id;
    }
}
