package cn.gov.talent.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

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

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.web.Downloads;
import cn.gov.talent.web.Answers;

/** The application list and detail, each narrowed to the reader's data scope, and the decisions taken there. */
@Controller
@RequestMapping("/applications")
@PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
class ApplicationController {

    private static final String SUBMITTED = "/applications?status=SUBMITTED";

    private final Applications applications;
    private final Programs programs;
    private final ApplicationHistory history;
    private final MessageSource messages;
    private final Dossiers dossiers;
    private final Attachments attachments;
    private final ApplicationExport export;
    private final BulkEndorsement bulk;
    private final Answers answers;

    ApplicationController(Applications applications, Programs programs, ApplicationHistory history,
            MessageSource messages,
            Dossiers dossiers, Attachments attachments, ApplicationExport export, BulkEndorsement bulk,
            Answers answers) {
        this.applications = applications;
        this.programs = programs;
        this.history = history;
        this.messages = messages;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.export = export;
        this.bulk = bulk;
        this.answers = answers;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ApplicationFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", applications.search(DataScope.of(user), filter,
                Paging.of(pageable, Sort.by(Sort.Direction.DESC, "statusChangedAt"))));
        model.addAttribute("batches", programs.batchesById());
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("statuses", ApplicationStatus.values());
        return "application/list";
    }

    @PersonalDataDownload("APPLICATION_LIST")
    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") ApplicationFilter filter, @AuthenticationPrincipal CurrentUser user,
            Locale locale, HttpServletResponse response) throws IOException {
        export.write(DataScope.of(user), filter, locale,
                Downloads.xlsx(response, messages.getMessage("export.fileName", null, locale)));
    }

    /** 批量审核通过, step one: what is about to be endorsed, for the employer to confirm. */
    @PostMapping("/bulk-endorse")
    @PreAuthorize("hasRole('EMPLOYER')")
    String confirmBulkEndorse(@RequestParam(name = "ids", required = false) List<Long> ids,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        List<Application> chosen = chosen(ids, user);
        if (chosen.isEmpty()) {
            answers.refused(redirect, new Refusal("bulk.noneChosen"));
            return "redirect:" + SUBMITTED;
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("bulkForm", new BulkEndorseForm());
        return "application/bulk-confirm";
    }

    /**
     * Step two: each chosen application through the state machine with the one opinion; the result says
     * what happened to each. Without an opinion the confirmation page comes back, as it was typed.
     */
    @PostMapping("/bulk-endorse/confirm")
    @PreAuthorize("hasRole('EMPLOYER')")
    String bulkEndorse(@ModelAttribute("bulkForm") BulkEndorseForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        List<Long> ids = form.getIds();
        if (ids.isEmpty()) {
            answers.refused(redirect, new Refusal("bulk.noneChosen"));
            return "redirect:" + SUBMITTED;
        }
        List<String> refused = new ArrayList<>();
        if (!answers.attempt(result, () -> refused.addAll(bulk.endorse(ids, form.getOpinion(), user)))) {
            model.addAttribute("chosen", chosen(ids, user));
            return "application/bulk-confirm";
        }
        answers.success(redirect, "bulk.done", ids.size() - refused.size());
        if (!refused.isEmpty()) {
            answers.refused(redirect, new Refusal("bulk.refused", String.join("、", refused)));
        }
        return "redirect:" + SUBMITTED;
    }

    /** The chosen applications the employer sees that wait for its check. */
    private List<Application> chosen(List<Long> ids, CurrentUser user) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull)
                .map(id -> applications.findVisible(id, DataScope.of(user)))
                .flatMap(Optional::stream)
                .filter(application -> application.getStatus() == ApplicationStatus.SUBMITTED).toList();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        Application application = visible(id, user);
        // "application" is reserved in Thymeleaf (servlet-context attributes): the page calls it "dossier".
        model.addAttribute("dossier", application);
        model.addAttribute("batch", programs.batch(application.getBatchId()).orElse(null));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        List<AuditRecord> lines = history.lines(application);
        model.addAttribute("history", lines);
        // who acted: the applicant, the unit that acted, or the system; never an account name
        model.addAttribute("actors", history.actors(application, lines, locale));
        // what this user may do here comes from the workflow table, for the roles they act in on this record
        boolean own = application.getApplicantId() == user.id();
        Set<WorkflowEvent> mine = ApplicationWorkflow.eventsFor(application.getStatus(), own ? Set.of(Role.APPLICANT)
                : Set.of());
        Set<WorkflowEvent> asOfficial = ApplicationWorkflow.eventsFor(application.getStatus(), user.roles());
        model.addAttribute("canWithdraw", mine.contains(WorkflowEvent.WITHDRAW));
        model.addAttribute("canEdit", own && application.isEditable());
        model.addAttribute("canDecide", asOfficial.contains(WorkflowEvent.ENDORSE)
                && application.getEmployerUnitId() == user.unitId());
        model.addAttribute("versions", dossiers.versions(id));
        model.addAttribute("canReview", asOfficial.contains(WorkflowEvent.PASS_FORMAL_REVIEW));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("canPrintForm", ApplicationForms.mayPrintForm(application, user));
        model.addAttribute("canPrintRecommendation", ApplicationForms.mayPrintRecommendation(application, user));
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            model.addAttribute("report", dossiers.check(application));
        }
        return "application/detail";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Application application = visible(id, user);
        return answers.redirect("/applications/" + id, redirect, "application.withdrawn",
                () -> applications.fire(application.getId(), WorkflowEvent.WITHDRAW, Actor.of(user), reason,
                        TransitionFacts.NONE));
    }

    /**
     * The employer's qualification check: endorse with its opinion (单位意见), return with a reason, or
     * reject with a reason. Refused, the page shows what was typed again.
     */
    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('EMPLOYER')")
    String decide(@PathVariable long id, @RequestParam WorkflowEvent event,
            @ModelAttribute DecisionForm decisionForm, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        Application application = visible(id, user);
        if (event == WorkflowEvent.WITHDRAW || !ApplicationWorkflow.eventsOf(Role.EMPLOYER).contains(event)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        String given = event == WorkflowEvent.ENDORSE ? decisionForm.getOpinion() : decisionForm.getReason();
        return answers.redirect("/applications/" + id, redirect, "decision.done." + event.name(), decisionForm,
                () -> applications.fire(application.getId(), event, Actor.of(user), given, TransitionFacts.NONE));
    }

    /** 形式审查 by the program office: pass or fail with a reason, deciding any exception request. */
    @PostMapping("/{id}/formal-review")
    @PreAuthorize("hasRole('OFFICE')")
    String formalReview(@PathVariable long id, @RequestParam boolean pass, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean grantException,
            @RequestParam(required = false) String exceptionReason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        visible(id, user);
        return answers.redirect("/applications/" + id, redirect, pass ? "formal.passed" : "formal.failed",
                () -> dossiers.formalReview(id, pass, reason, grantException, exceptionReason, Actor.of(user)));
    }

    private Application visible(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user)).orElseThrow(NotFound::new);
    }
}
