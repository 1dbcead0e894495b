package cn.gov.talent.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.organization.Organization;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.ExpertPool;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;

/** The office's publication pages: the notice, the objections, approval and publication. */
@Controller
@RequestMapping("/publication")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class PublicationController {

    /** The batch page shows the first selected people; the records page has them all. */
    private static final int RECORDS_ON_BATCH_PAGE = 20;

    private final Notices notices;
    private final Objections objections;
    private final Publications publications;
    private final Proposals proposals;
    private final Programs programs;
    private final Organization organization;
    private final ExpertPool experts;
    private final MessageSource messages;
    private final ObjectionFiles downloads;

    PublicationController(Notices notices, Objections objections, Publications publications, Proposals proposals,
            Programs programs, Organization organization, ExpertPool experts, MessageSource messages,
            ObjectionFiles downloads) {
        this.downloads = downloads;
        this.notices = notices;
        this.objections = objections;
        this.publications = publications;
        this.proposals = proposals;
        this.programs = programs;
        this.organization = organization;
        this.experts = experts;
        this.messages = messages;
    }

    @GetMapping
    String batches(Model model) {
        Map<BatchSummary, Object[]> rows = new LinkedHashMap<>();
        programs.batches().forEach(batch -> rows.put(batch, new Object[] {proposals.proposal(batch.id()).orElse(null),
                notices.ofBatch(batch.id()).orElse(null)}));
        model.addAttribute("rows", rows);
        return "publication/batches";
    }

    @GetMapping("/batches/{batchId}")
    String batch(@PathVariable long batchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) ObjectionStatus status, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        PublicNotice notice = notices.ofBatch(batchId).orElse(null);
        model.addAttribute("batch", batch);
        model.addAttribute("notice", notice);
        model.addAttribute("today", notices.today());
        model.addAttribute("workingDays", programs.noticeWorkingDays(batchId));
        model.addAttribute("awaited", proposals.awaitedDepartments(batchId));
        model.addAttribute("proposal", proposals.proposal(batchId).orElse(null));
        if (notice == null) {
            LocalDate from = start == null ? notices.today() : start;
            LocalDate end = notices.endFor(batchId, from);
            model.addAttribute("start", from);
            model.addAttribute("end", end);
            model.addAttribute("unverifiedYears", notices.unverifiedCalendarYears(from, end));
        } else {
            var filed = objections.ofNotice(notice.getId(), status,
                    Paging.of(pageable, Sort.by(Sort.Direction.DESC, "filedAt")));
            model.addAttribute("objections", filed);
            model.addAttribute("people", notices.people(filed.map(Objection::getApplicationId).getContent()));
            model.addAttribute("status", status);
            model.addAttribute("statuses", ObjectionStatus.values());
            model.addAttribute("preview", publications.preview(batchId));
            model.addAttribute("records", publications.published(batchId, PageRequest.of(0, RECORDS_ON_BATCH_PAGE,
                    Sort.by("certificateNo"))));
        }
        return "publication/batch";
    }

    /** Everyone selected in the batch, paged, found by name or certificate number, with their certificates. */
    @GetMapping("/batches/{batchId}/records")
    String records(@PathVariable long batchId, @RequestParam(required = false) String q,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("batch", programs.batch(batchId).orElseThrow());
        model.addAttribute("q", q);
        model.addAttribute("records", publications.published(batchId, q,
                Paging.of(pageable, Sort.by("certificateNo"))));
        return "publication/records";
    }

    @PostMapping("/batches/{batchId}/notice")
    @PreAuthorize("hasRole('OFFICE')")
    String start(@PathVariable long batchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) String howToObject,
            @RequestParam(defaultValue = "false") boolean calendarAcknowledged, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            notices.start(batchId, startsOn, howToObject, calendarAcknowledged, Actor.of(user));
            redirect.addFlashAttribute("successKey", "notice.started");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("howToObject", howToObject);
        }
        return "redirect:/publication/batches/" + batchId;
    }

    @PostMapping("/batches/{batchId}/approve")
    @PreAuthorize("hasRole('OFFICE')")
    String approve(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
            Locale locale) {
        try {
            int approved = publications.approve(batchId, Actor.of(user));
            redirect.addFlashAttribute("successText", messages.getMessage("publication.approved",
                    new Object[] {approved}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/publication/batches/" + batchId;
    }

    @PostMapping("/batches/{batchId}/publish")
    @PreAuthorize("hasRole('OFFICE')")
    String publish(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
            Locale locale) {
        try {
            int selected = publications.publish(batchId, Actor.of(user));
            redirect.addFlashAttribute("successText", messages.getMessage("publication.published",
                    new Object[] {selected}, locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/publication/batches/" + batchId;
    }

    @GetMapping("/objections/{id}")
    String objection(@PathVariable long id, Model model) {
        Objection objection = objections.objection(id);
        PublicNotice notice = notices.notice(objection.getNoticeId());
        model.addAttribute("objection", objection);
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow());
        model.addAttribute("person", notices.person(objection.getApplicationId()));
        model.addAttribute("files", objections.files(id));
        List<ExpertOpinion> opinions = objections.opinions(id);
        model.addAttribute("opinions", opinions);
        model.addAttribute("expertNames", experts.namesOf(opinions.stream().map(ExpertOpinion::getExpertId).toList()));
        model.addAttribute("unit", objection.getAssignedUnitId() == null ? null
                : organization.unit(objection.getAssignedUnitId()).orElse(null));
        model.addAttribute("today", notices.today());
        return "publication/objection";
    }

    @PostMapping("/objections/{id}/triage")
    @PreAuthorize("hasRole('OFFICE')")
    String triage(@PathVariable long id, @RequestParam boolean investigate,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, investigate ? "objection.assigned" : "objection.dismissed",
                () -> objections.triage(id, investigate, reason, dueOn, Actor.of(user)), reason);
    }

    @PostMapping("/objections/{id}/experts")
    @PreAuthorize("hasRole('OFFICE')")
    String ask(@PathVariable long id, @RequestParam(required = false) String question,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "objection.asked", () -> objections.askExperts(id, question, Actor.of(user)),
                question);
    }

    @PostMapping("/objections/{id}/decision")
    @PreAuthorize("hasRole('OFFICE')")
    String decide(@PathVariable long id, @RequestParam boolean upheld, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, upheld ? "objection.upheld" : "objection.unfounded",
                () -> objections.decide(id, upheld, reason, Actor.of(user)), reason);
    }

    @GetMapping("/objections/{id}/files/{fileId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable long id,
            @PathVariable long fileId) {
        return downloads.download(objections.file(id, fileId));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String successKey, Runnable action,
            String typed) {
        try {
            action.run();
            redirect.addFlashAttribute("successKey", successKey);
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/publication/objections/" + id;
    }
}
