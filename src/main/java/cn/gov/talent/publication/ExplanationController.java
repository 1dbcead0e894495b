package cn.gov.talent.publication;

import java.util.List;
import java.util.Map;

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
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.web.Answers;

/**
 * 申报单位作出说明 (002 art. 23): what the employer's unit is asked to explain about a listed person's
 * eligibility, and its written explanation with proof from an independent third party. The employer sees
 * the person, the matter put to it and its own answer, never the objection, its filer or the filer's files.
 */
@Controller
@RequestMapping("/publication/explanations")
@PreAuthorize("hasRole('EMPLOYER')")
class ExplanationController {

    private final Objections objections;
    private final Notices notices;
    private final Programs programs;
    private final ObjectionFiles downloads;
    private final Answers answers;

    ExplanationController(Objections objections, Notices notices, Programs programs, ObjectionFiles downloads,
            Answers answers) {
        this.objections = objections;
        this.notices = notices;
        this.programs = programs;
        this.downloads = downloads;
        this.answers = answers;
    }

    @GetMapping
    String list(@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user, Model model) {
        var asked = objections.explanationsFor(user.unitId(),
                Paging.of(pageable, Sort.by(Sort.Direction.DESC, "askedAt")));
        Map<Long, Long> applicationOf = objections.applicationsOf(asked.map(ObjectionExplanation::getObjectionId)
                .getContent());
        model.addAttribute("page", asked);
        model.addAttribute("applicationOf", applicationOf);
        model.addAttribute("people", notices.people(applicationOf.values()));
        return "publication/explanations";
    }

    @GetMapping("/{id}")
    String explanation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ObjectionExplanation asked = objections.explanationFor(id, Actor.of(user));
        Objection objection = objections.objection(asked.getObjectionId());
        PublicNotice notice = notices.notice(objection.getNoticeId());
        model.addAttribute("asked", asked);
        model.addAttribute("objection", objection);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("person", notices.person(objection.getApplicationId()));
        model.addAttribute("proofs", ObjectionFileLine.proofs(objections.files(objection.getId()))
                .getOrDefault(asked.getId(), List.of()));
        return "publication/explanation";
    }

    @PostMapping("/{id}")
    String explain(@PathVariable long id, @ModelAttribute ExplanationForm explanationForm,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/explanations/" + id, redirect, "objection.explanation.filed",
                explanationForm, () -> objections.explain(id, explanationForm.getExplanation(),
                        explanationForm.getProofIssuer(), files, Actor.of(user)));
    }

    /** The unit's own proofs, as filed. */
    @PersonalDataDownload("OBJECTION_FILE")
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> proof(@PathVariable long id, @PathVariable long fileId,
            @AuthenticationPrincipal CurrentUser user) {
        return downloads.download(objections.proof(objections.explanationFor(id, Actor.of(user)), fileId));
    }
}
