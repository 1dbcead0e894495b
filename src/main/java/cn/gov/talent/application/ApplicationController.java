package cn.gov.talent.application;

import java.util.Set;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.dao.OptimisticLockingFailureException;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/** The application list and detail, each narrowed to the reader's data scope. */
@Controller
@RequestMapping("/applications")
@PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
class ApplicationController {

    private final Applications applications;
    private final Programs programs;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Dossiers dossiers;
    private final Attachments attachments;
    private final ApplicationExport export;

    ApplicationController(Applications applications, Programs programs, AuditTrail audit, MessageSource messages,
            Dossiers dossiers, Attachments attachments, ApplicationExport export) {
        this.attachments = attachments;
        this.export = export;
        this.applications = applications;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
        this.dossiers = dossiers;
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

    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") ApplicationFilter filter, @AuthenticationPrincipal CurrentUser user,
            Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(messages.getMessage("export.fileName", null, locale) + ".xlsx",
                                StandardCharsets.UTF_8).build().toString());
        export.write(DataScope.of(user), filter, locale, response.getOutputStream());
    }

    /** 批量审核通过, step one: what is about to be endorsed, for the employer to confirm. */
    @PostMapping("/bulk-endorse")
    @PreAuthorize("hasRole('EMPLOYER')")
    String confirmBulkEndorse(@RequestParam(name = "ids", required = false) List<Long> ids,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        List<Application> chosen = ids == null ? List.of() : ids.stream()
                .map(id -> applications.findVisible(id, DataScope.of(user)))
                .flatMap(Optional::stream)
                .filter(application -> application.getStatus() == ApplicationStatus.SUBMITTED).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("errorKey", "bulk.noneChosen");
            return "redirect:/applications?status=SUBMITTED";
        }
        model.addAttribute("chosen", chosen);
        return "application/bulk-confirm";
    }

    /** Step two: each chosen application through the state machine; the result says what happened to each. */
    @PostMapping("/bulk-endorse/confirm")
    @PreAuthorize("hasRole('EMPLOYER')")
    String bulkEndorse(@RequestParam(name = "ids") List<Long> ids,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (long id : ids) {
            try {
                applications.fire(id, WorkflowEvent.ENDORSE, Actor.of(user), null, TransitionFacts.NONE);
                done++;
            } catch (Refusal | OptimisticLockingFailureException e) {
                refused.add(applications.findVisible(id, DataScope.of(user)).map(Application::getSerialNo)
                        .orElse(String.valueOf(id)));
            }
        }
        redirect.addFlashAttribute("successText", messages.getMessage("bulk.done", new Object[] {done}, locale));
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("errorText",
                    messages.getMessage("bulk.refused", new Object[] {String.join("、", refused)}, locale));
        }
        return "redirect:/applications?status=SUBMITTED";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Application application = visible(id, user);
        // "application" is reserved in Thymeleaf (servlet-context attributes): the page calls it "dossier".
        model.addAttribute("dossier", application);
        model.addAttribute("batch", programs.batch(application.getBatchId()).orElse(null));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("history", audit.historyOf("APPLICATION", id));
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
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            model.addAttribute("report", dossiers.check(application));
        }
        return "application/detail";
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        Application application = visible(id, user);
        try {
            applications.fire(application.getId(), WorkflowEvent.WITHDRAW, Actor.of(user), reason,
                    TransitionFacts.NONE);
            redirect.addFlashAttribute("successKey", "application.withdrawn");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id;
    }

    private Application visible(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
