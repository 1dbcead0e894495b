package cn.gov.talent.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/**
 * 调查核实: a recommending unit's objections to investigate, its written findings, and its request to the
 * employer to explain a question of eligibility.
 */
@Controller
@RequestMapping("/publication/investigations")
@PreAuthorize("hasRole('RECOMMENDER')")
class InvestigationController {

    private final Objections objections;
    private final Notices notices;
    private final Programs programs;
    private final ObjectionFiles downloads;
    private final Answers answers;
    private final MessageSource messages;

    InvestigationController(Objections objections, Notices notices, Programs programs, ObjectionFiles downloads,
            Answers answers, MessageSource messages) {
        this.messages = messages;
        this.objections = objections;
        this.notices = notices;
        this.programs = programs;
        this.downloads = downloads;
        this.answers = answers;
    }

    @GetMapping
    String list(@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user, Model model) {
        var assigned = objections.assignedTo(user.unitId(),
                Paging.of(pageable, Sort.by(Sort.Direction.DESC, "filedAt")));
        model.addAttribute("page", assigned);
        model.addAttribute("people", notices.people(assigned.map(Objection::getApplicationId).getContent()));
        return "publication/investigations";
    }

    @GetMapping("/{id}")
    String investigation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Objection objection = objections.assignedTo(id, Actor.of(user));
        PublicNotice notice = notices.notice(objection.getNoticeId());
        model.addAttribute("objection", objection);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("person", notices.person(objection.getApplicationId()));
        // the unit sees what was said and the evidence, never who said it: the files under neutral names
        List<ObjectionFile> files = objections.files(id);
        model.addAttribute("files", ObjectionFileLine.forInvestigatingUnit(files));
        List<ObjectionExplanation> explanations = objections.explanations(id);
        model.addAttribute("explanations", explanations);
        model.addAttribute("explanationPending", explanations.stream().anyMatch(asked -> !asked.isExplained()));
        model.addAttribute("proofs", ObjectionFileLine.proofs(files));
        model.addAttribute("today", notices.today());
        return "publication/investigation";
    }

    @PostMapping("/{id}")
    String findings(@PathVariable long id, @ModelAttribute FindingsForm findingsForm,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/investigations/" + id, redirect, "objection.findingsFiled", findingsForm,
                () -> objections.fileFindings(id, findingsForm.getFindings(), files, Actor.of(user)));
    }

    /** 涉及申报资格条件: the unit asks the applicant's employer for a written explanation with third-party proof. */
    @PostMapping("/{id}/explanation")
    String askEmployer(@PathVariable long id, @ModelAttribute ExplanationRequestForm explanationRequestForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/investigations/" + id, redirect, "objection.explanation.asked",
                explanationRequestForm, () -> objections.askEmployerAsInvestigatingUnit(id,
                        explanationRequestForm.getMatter(), explanationRequestForm.getDueOn(), Actor.of(user)));
    }

    /**
     * The unit's own files and the employer's proofs as named; the filer's under the neutral name the page
     * shows, without their metadata. A filer's file whose metadata could not be removed is not passed on (fail closed): the
     * answer is the investigation's page, with a line saying the office holds the original. Hence the
     * return type: a download or a redirect.
     */
    @PersonalDataDownload("OBJECTION_FILE")
    @GetMapping("/{id}/files/{fileId}")
    Object file(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user,
            Locale locale, RedirectAttributes redirect) {
        objections.assignedTo(id, Actor.of(user));
        ObjectionFile file = objections.file(id, fileId);
        if (file.getSource() != ObjectionFile.Source.FILER) {
            return downloads.download(file);
        }
        ObjectionFileLine line = ObjectionFileLine.forInvestigatingUnit(objections.files(id)).stream()
                .filter(candidate -> candidate.id() == fileId).findFirst().orElseThrow();
        String neutralName = messages.getMessage("objection.file.neutralName",
                new Object[] {line.number(), line.extension()}, locale);
        Optional<ResponseEntity<Resource>> copy = downloads.downloadWithoutAuthorship(file, neutralName);
        if (copy.isPresent()) {
            return copy.get();
        }
        answers.refused(redirect, new Refusal("objection.file.withheld", neutralName));
        return "redirect:/publication/investigations/" + id;
    }
}
