package cn.gov.talent.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Answers;

/**
 * The office's publication pages: the notice and its objections, approval and publication. One
 * objection's page is {@link ObjectionController}'s.
 */
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
    private final TalentOfficeFilings filings;
    private final Answers answers;

    PublicationController(Notices notices, Objections objections, Publications publications, Proposals proposals,
            Programs programs, TalentOfficeFilings filings, Answers answers) {
        this.filings = filings;
        this.notices = notices;
        this.objections = objections;
        this.publications = publications;
        this.proposals = proposals;
        this.programs = programs;
        this.answers = answers;
    }

    @GetMapping
    String batches(Model model) {
        Map<BatchSummary, Object[]> rows = new LinkedHashMap<>();
        programs.batches().forEach(batch -> rows.put(batch, new Object[] {proposals.proposal(batch.id()).orElse(null),
                notices.ofBatch(batch.id()).orElse(null)}));
        model.addAttribute("rows", rows);
        model.addAttribute("filed", filings.filedBatchIds());
        return "publication/batches";
    }

    @GetMapping("/batches/{batchId}")
    String batch(@PathVariable long batchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) ObjectionStatus status, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        PublicNotice notice = notices.ofBatch(batchId).orElse(null);
        model.addAttribute("batch", batch);
        model.addAttribute("notice", notice);
        model.addAttribute("today", notices.today());
        model.addAttribute("workingDays", programs.noticeWorkingDays(batchId));
        model.addAttribute("awaited", proposals.awaitedDepartments(batchId));
        model.addAttribute("proposal", proposals.proposal(batchId).orElse(null));
        if (notice == null) {
            // after a refusal the date the office chose comes back with its form, and the end is counted from it
            LocalDate typed = model.getAttribute("noticeForm") instanceof NoticeForm form ? form.getStartsOn() : null;
            LocalDate from = start != null ? start : typed != null ? typed : notices.today();
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
            if (notice.getPublishedAt() != null) {
                // 004 §二(三)6: after publication, the filing with the provincial party committee's talent office
                model.addAttribute("filing", filings.ofBatch(batchId).orElse(null));
            }
        }
        return "publication/batch";
    }

    /** Everyone selected in the batch, paged, found by name or certificate number, with their certificates. */
    @GetMapping("/batches/{batchId}/records")
    String records(@PathVariable long batchId, @RequestParam(required = false) String q,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        model.addAttribute("batch", programs.batch(batchId).orElseThrow(NotFound::new));
        model.addAttribute("q", q);
        model.addAttribute("records", publications.published(batchId, q,
                Paging.of(pageable, Sort.by("certificateNo"))));
        return "publication/records";
    }

    @PostMapping("/batches/{batchId}/notice")
    @PreAuthorize("hasRole('OFFICE')")
    String start(@PathVariable long batchId, @ModelAttribute NoticeForm noticeForm,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/batches/" + batchId, redirect, "notice.started", noticeForm,
                () -> notices.start(batchId, noticeForm.getStartsOn(), noticeForm.getHowToObject(),
                        noticeForm.isCalendarAcknowledged(), Actor.of(user)));
    }

    @PostMapping("/batches/{batchId}/approve")
    @PreAuthorize("hasRole('OFFICE')")
    String approve(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/batches/" + batchId, redirect, null, () -> {
            int approved = publications.approve(batchId, Actor.of(user));
            return new Answers.Done("publication.approved", approved);
        });
    }

    @PostMapping("/batches/{batchId}/publish")
    @PreAuthorize("hasRole('OFFICE')")
    String publish(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/publication/batches/" + batchId, redirect, null, () -> {
            int selected = publications.publish(batchId, Actor.of(user));
            return new Answers.Done("publication.published", selected);
        });
    }
}
