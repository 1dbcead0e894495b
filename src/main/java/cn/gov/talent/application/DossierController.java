package cn.gov.talent.application;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.Degree;
import cn.gov.talent.program.eligibility.SkillLevel;
import cn.gov.talent.program.eligibility.TitleLevel;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/** The applicant's side: start an application, fill in the dossier, check eligibility, submit. */
@Controller
class DossierController {

    private static final String FORM = "application/dossier";

    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final Attachments attachments;
    private final Answers answers;
    private final IdNumberCipher idNumbers;

    DossierController(Applications applications, Dossiers dossiers, Programs programs, Attachments attachments,
            Answers answers, IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.attachments = attachments;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "disciplineCode", "phone", "email", "degree", "phdDate", "title",
                "titleName", "skill", "educations*", "work*", "achievements*", "trainingGoals", "supportMeasures",
                "exclusionsHeld", "conditionsDeclared", "avoidExperts*", "exceptionRequested", "exceptionJustification");
    }

    @GetMapping("/applications/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String chooseBatch(Model model) {
        LocalDate today = applications.today();
        List<BatchSummary> open = programs.batches().stream().filter(batch -> batch.acceptsApplications(today))
                .toList();
        model.addAttribute("openBatches", open);
        model.addAttribute("programs", programs.programsWithCategories());
        return "application/new";
    }

    @PostMapping("/applications/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String start(@RequestParam long batchId, @RequestParam long categoryId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        var opened = new AtomicReference<Application>();
        String refused = answers.redirect("/applications/new", redirect, null, () -> {
            opened.set(applications.openDraft(Actor.of(user), user.fullName(), batchId, categoryId));
            return null;
        });
        // opened, the applicant goes on to the dossier; refused, back to the choice of batch with the reason
        return opened.get() == null ? refused : "redirect:/applications/" + opened.get().getId() + "/dossier";
    }

    @GetMapping("/applications/{id}/dossier")
    @PreAuthorize("hasRole('APPLICANT')")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Application application = own(id, user);
        if (!application.isEditable()) {
            return "redirect:/applications/" + id;
        }
        return page(application, dossiers.open(application).withSpareRows(), model);
    }

    /** htmx: the eligibility panel for what is on the screen now, unsaved; nothing is stored. */
    @PostMapping("/applications/{id}/eligibility")
    @PreAuthorize("hasRole('APPLICANT')")
    String liveCheck(@PathVariable long id, @ModelAttribute("form") DossierForm form,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Application application = own(id, user);
        model.addAttribute("report", dossiers.check(application, form));
        model.addAttribute("live", true);
        return "application/dossier :: eligibility";
    }

    /**
     * Saves the dossier, and submits it or attaches the chosen file when asked (the file field is part of
     * the dossier's form, so an upload never loses what was typed). A refused save (another tab saved first) shows the
     * form again with what was typed; a refused submission comes back to the saved dossier with the reason.
     * A chosen file is never dropped silently: when the draft is refused, or Save or Submit was pressed
     * instead of Upload, the page says the file was not uploaded and must be chosen again (a browser does
     * not keep it); a submission with a file chosen is not made, so the file can still be added first.
     */
    @PostMapping("/applications/{id}/dossier")
    @PreAuthorize("hasRole('APPLICANT')")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") DossierForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Application application = own(id, user);
        if (!application.isEditable()) {
            // frozen (submitted, perhaps from another tab): like the dossier page, go to the application
            return "redirect:/applications/" + id;
        }
        boolean fileChosen = file != null && !file.isEmpty();
        if (result.hasErrors() || !answers.attempt(result, () -> dossiers.save(id, form, Actor.of(user)))) {
            if (fileChosen) {
                model.addAttribute(Answers.ERROR, answers.describe(new Refusal("attachment.notUploaded.draftRefused")));
            }
            return page(application, form.withoutBlankRows().withSpareRows(), model);
        }
        String dossierPage = "/applications/" + id + "/dossier";
        if ("upload".equals(action)) {
            // the draft is saved first, so nothing typed is lost whether the file is taken or refused
            return answers.redirect(dossierPage + "#s-attachments", redirect, "attachment.addedDraftSaved",
                    () -> attachments.add(id, kind, file, Actor.of(user)));
        }
        if (fileChosen) {
            // Save or Submit with a file chosen: the draft is saved, the file is not taken, nothing is submitted
            answers.success(redirect, "dossier.saved");
            answers.refused(redirect, new Refusal("submit".equals(action) ? "attachment.notUploaded.notSubmitted"
                    : "attachment.notUploaded"));
            return "redirect:" + dossierPage + "#s-attachments";
        }
        if (!"submit".equals(action)) {
            answers.success(redirect, "dossier.saved");
            return "redirect:" + dossierPage;
        }
        String refused = answers.redirect(dossierPage, redirect, null, () -> {
            int version = dossiers.submit(id, Actor.of(user));
            return new Answers.Done("dossier.submitted", version);
        });
        // submitted, the dossier is frozen: the applicant goes on to the application itself
        return redirect.getFlashAttributes().containsKey(Answers.ERROR) ? refused : "redirect:/applications/" + id;
    }

    private String page(Application application, DossierForm form, Model model) {
        model.addAttribute("dossier", application);
        model.addAttribute("form", form);
        model.addAttribute("batch", programs.batch(application.getBatchId()).orElse(null));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("disciplines", programs.disciplines());
        DossierKinds kinds = DossierKinds.of(programs.rulesOf(application.getCategoryId()));
        model.addAttribute("achievementKinds", kinds.achievements());
        model.addAttribute("exclusionKinds", kinds.exclusions());
        model.addAttribute("conditionKinds", kinds.conditions());
        model.addAttribute("attachmentKinds", kinds.attachmentKinds());
        model.addAttribute("documentKinds", kinds.documents());
        model.addAttribute("attachments", attachments.of(application.getId()));
        model.addAttribute("report", dossiers.check(application));
        // the holder sees their own ID number masked, as everyone does on screen (ADR 0022)
        String stored = application.getApplicantIdNumberCipher();
        model.addAttribute("maskedIdNumber", idNumbers.masked(stored));
        model.addAttribute("birthDate", idNumbers.birthDate(stored).orElse(null));
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("titles", TitleLevel.values());
        model.addAttribute("skills", SkillLevel.values());
        return FORM;
    }

    private Application own(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user)).filter(a -> a.getApplicantId() == user.id())
                .orElseThrow(NotFound::new);
    }
}
