package cn.gov.talent.application;

import cn.gov.talent.web.Downloads;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.Masking;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.web.multipart.MultipartFile;

/** The applicant's side: start an application, fill in the dossier, check eligibility, submit. */
@Controller
class DossierController {

    private static final String FORM = "application/dossier";

    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final MessageSource messages;
    private final Attachments attachments;

    DossierController(Applications applications, Dossiers dossiers, Programs programs, MessageSource messages,
            Attachments attachments) {
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
        this.messages = messages;
        this.attachments = attachments;
    }

    @PostMapping("/applications/{id}/attachments")
    @PreAuthorize("hasRole('APPLICANT')")
    String upload(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        own(id, user);
        try {
            attachments.add(id, kind, file, Actor.of(user));
            redirect.addFlashAttribute("successKey", "attachment.added");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id + "/dossier#s-attachments";
    }

    @PostMapping("/applications/{id}/attachments/{attachmentId}/delete")
    @PreAuthorize("hasRole('APPLICANT')")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        own(id, user);
        try {
            attachments.remove(id, attachmentId, Actor.of(user));
            redirect.addFlashAttribute("successKey", "attachment.removed");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id + "/dossier#s-attachments";
    }

    /** Downloads go only to those whose data scope covers the application; never rendered inline. */
    @GetMapping("/applications/{id}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
    ResponseEntity<Resource> download(@PathVariable long id,
            @PathVariable long attachmentId, @AuthenticationPrincipal CurrentUser user) {
        visible(id, user);
        try {
            Attachment attachment = attachments.find(id, attachmentId);
            return Downloads.attachment(attachments.content(id, attachmentId), attachment.getFileName(),
                    attachment.getContentType());
        } catch (Refusal missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "disciplineCode", "phone", "email", "degree", "phdDate", "title",
                "titleName", "skill", "educations*", "work*", "achievements*", "trainingGoals", "supportMeasures",
                "exclusionsHeld", "avoidExperts*", "exceptionRequested", "exceptionJustification");
    }

    @GetMapping("/applications/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String chooseBatch(Model model) {
        List<BatchSummary> open = programs.batches().stream().filter(batch -> batch.stage() == BatchStage.OPEN)
                .toList();
        model.addAttribute("openBatches", open);
        model.addAttribute("programs", programs.programsWithCategories());
        return "application/new";
    }

    @PostMapping("/applications/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String start(@RequestParam long batchId, @RequestParam long categoryId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            Application application = applications.openDraft(Actor.of(user), user.fullName(), batchId, categoryId,
                    user.unitName());
            return "redirect:/applications/" + application.getId() + "/dossier";
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            return "redirect:/applications/new";
        }
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

    @PostMapping("/applications/{id}/dossier")
    @PreAuthorize("hasRole('APPLICANT')")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") DossierForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal CurrentUser user,
            Model model, RedirectAttributes redirect, Locale locale) {
        Application application = own(id, user);
        if (result.hasErrors()) {
            return page(application, form.withoutBlankRows().withSpareRows(), model);
        }
        try {
            dossiers.save(id, form, Actor.of(user));
            if ("submit".equals(action)) {
                int version = dossiers.submit(id, Actor.of(user));
                redirect.addFlashAttribute("successText",
                        messages.getMessage("dossier.submitted", new Object[] {version}, locale));
                return "redirect:/applications/" + id;
            }
            redirect.addFlashAttribute("successKey", "dossier.saved");
            return "redirect:/applications/" + id + "/dossier";
        } catch (Refusal refused) {
            if (refused.messageKey().equals("dossier.conflict")) {
                model.addAttribute("errorKey", "dossier.conflict");
                return page(application, form.withoutBlankRows().withSpareRows(), model);
            }
            redirect.addFlashAttribute("errorText", refused.messageKey().equals("workflow.refused.guard")
                    ? messages.getMessage("dossier.notEligible", null, locale) : refused.describe(messages, locale));
            return "redirect:/applications/" + id + "/dossier";
        }
    }

    /** A submitted version, read-only, for everyone whose scope covers the application. */
    @GetMapping("/applications/{id}/versions/{number}")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
    String version(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Application application = visible(id, user);
        DossierForm form;
        try {
            form = dossiers.version(id, number);
        } catch (Refusal missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("form", form);
        model.addAttribute("dossier", application);
        model.addAttribute("number", number);
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("maskedIdNumber", Masking.idNumber(application.getApplicantIdNumber()));
        model.addAttribute("birthDate", IdNumber.birthDate(application.getApplicantIdNumber()).orElse(null));
        programs.disciplines().stream().filter(d -> d.getCode().equals(form.getDisciplineCode()))
                .findFirst().ifPresent(d -> model.addAttribute("discipline", d.getCode() + " " + d.getName()));
        return "application/version";
    }

    @GetMapping("/applications/{id}/diff")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Application application = visible(id, user);
        model.addAttribute("dossier", application);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            model.addAttribute("changes", dossiers.diff(id, from, to));
        } catch (Refusal missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "application/diff";
    }

    /** 形式审查 by the program office: pass or fail with a reason, deciding any exception request. */
    @PostMapping("/applications/{id}/formal-review")
    @PreAuthorize("hasRole('OFFICE')")
    String formalReview(@PathVariable long id, @RequestParam boolean pass, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean grantException,
            @RequestParam(required = false) String exceptionReason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        visible(id, user);
        try {
            dossiers.formalReview(id, pass, reason, grantException, exceptionReason, Actor.of(user));
            redirect.addFlashAttribute("successKey", pass ? "formal.passed" : "formal.failed");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id;
    }

    /** The employer's qualification check: endorse, return with a reason, or reject with a reason. */
    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasRole('EMPLOYER')")
    String decide(@PathVariable long id, @RequestParam WorkflowEvent event,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        Application application = visible(id, user);
        if (event == WorkflowEvent.WITHDRAW || !ApplicationWorkflow.eventsOf(Role.EMPLOYER).contains(event)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            applications.fire(application.getId(), event, Actor.of(user), reason, TransitionFacts.NONE);
            redirect.addFlashAttribute("successKey", "decision.done." + event.name());
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id;
    }

    private String page(Application application, DossierForm form, Model model) {
        model.addAttribute("dossier", application);
        model.addAttribute("form", form);
        model.addAttribute("batch", programs.batch(application.getBatchId()).orElse(null));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("disciplines", programs.disciplines());
        List<EligibilityRule> rules = programs.rulesOf(application.getCategoryId());
        model.addAttribute("achievementKinds", codesOf(rules, RuleKind.ACHIEVEMENT_ANY_OF));
        model.addAttribute("exclusionKinds", codesOf(rules, RuleKind.EXCLUSIONS));
        List<String> documentKinds = codesOf(rules, RuleKind.REQUIRED_DOCUMENTS).stream()
                .flatMap(code -> java.util.Arrays.stream(code.split("\\|"))).toList();
        List<String> attachmentKinds = new ArrayList<>(documentKinds);
        attachmentKinds.addAll(codesOf(rules, RuleKind.ACHIEVEMENT_ANY_OF));
        attachmentKinds.add("OTHER");
        model.addAttribute("attachmentKinds", attachmentKinds);
        model.addAttribute("documentKinds", documentKinds);
        model.addAttribute("attachments", attachments.of(application.getId()));
        model.addAttribute("report", dossiers.check(application));
        String idNumber = application.getApplicantIdNumber();
        model.addAttribute("maskedIdNumber", Masking.idNumber(idNumber));
        model.addAttribute("birthDate", IdNumber.birthDate(idNumber).orElse(null));
        model.addAttribute("degrees", cn.gov.talent.program.eligibility.Degree.values());
        model.addAttribute("titles", cn.gov.talent.program.eligibility.TitleLevel.values());
        model.addAttribute("skills", cn.gov.talent.program.eligibility.SkillLevel.values());
        return FORM;
    }

    private static List<String> codesOf(List<EligibilityRule> rules, RuleKind kind) {
        return rules.stream().filter(rule -> rule.getKind() == kind).flatMap(rule -> rule.codes().stream()).toList();
    }

    private Application own(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user)).filter(a -> a.getApplicantId() == user.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Application visible(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

}
