package cn.gov.talent.application;

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

    ApplicationController(Applications applications, Programs programs, AuditTrail audit, MessageSource messages,
            Dossiers dossiers, Attachments attachments) {
        this.attachments = attachments;
        this.applications = applications;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
        this.dossiers = dossiers;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ApplicationFilter filter,
            @PageableDefault(size = 20, sort = "statusChangedAt", direction = Sort.Direction.DESC) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", applications.search(DataScope.of(user), filter, pageable));
        model.addAttribute("batches", programs.batchesById());
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("statuses", ApplicationStatus.values());
        return "application/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Application application = visible(id, user);
        // "application" is reserved in Thymeleaf (servlet-context attributes): the page calls it "dossier".
        model.addAttribute("dossier", application);
        model.addAttribute("batch", programs.batch(application.getBatchId()).orElse(null));
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("history", audit.historyOf("APPLICATION", id));
        boolean own = application.getApplicantId() == user.id();
        model.addAttribute("canWithdraw", own
                && ApplicationWorkflow.find(application.getStatus(), WorkflowEvent.WITHDRAW).isPresent());
        model.addAttribute("canEdit", own && application.isEditable());
        model.addAttribute("canDecide", user.has(cn.gov.talent.shared.Role.EMPLOYER)
                && application.getStatus() == ApplicationStatus.SUBMITTED
                && application.getEmployerUnitId() == user.unitId());
        model.addAttribute("versions", dossiers.versions(id));
        model.addAttribute("attachments", attachments.of(id));
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
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/applications/" + id;
    }

    private Application visible(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
