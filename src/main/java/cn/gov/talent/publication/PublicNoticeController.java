package cn.gov.talent.publication;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;

/**
 * The public pages of the publication stage, without sign-in. Their addresses are printed in
 * official notices and must not change: {@code /public/notices}, {@code /public/lists},
 * {@code /public/objections/status}. They show name, gender, employer, title, category and
 * discipline, never ID numbers, phone numbers or scores.
 */
@Controller
class PublicNoticeController {

    private final Notices notices;
    private final Objections objections;
    private final Publications publications;
    private final Programs programs;

    PublicNoticeController(Notices notices, Objections objections, Publications publications, Programs programs) {
        this.notices = notices;
        this.objections = objections;
        this.publications = publications;
        this.programs = programs;
    }

    @GetMapping("/public/notices")
    String notices(@PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", notices.all(Paging.of(pageable, Sort.unsorted())));
        model.addAttribute("batches", programs.batchesById());
        model.addAttribute("today", notices.today());
        return "publication/public-notices";
    }

    @GetMapping("/public/notices/{id}")
    String notice(@PathVariable long id, @PageableDefault(size = 50) Pageable pageable, Model model) {
        PublicNotice notice = notices.notice(id);
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow());
        model.addAttribute("page", notices.entries(notice, Paging.of(pageable, Sort.by("categoryId", "serialNo"))));
        model.addAttribute("open", notice.isOpenOn(notices.today()));
        model.addAttribute("ended", notice.hasEndedBefore(notices.today()));
        return "publication/public-notice";
    }

    @GetMapping("/public/notices/{id}/objection")
    String objectionForm(@PathVariable long id, @RequestParam(required = false) Long applicationId, Model model) {
        var form = new ObjectionForm();
        form.setApplicationId(applicationId);
        return showForm(notices.notice(id), form, List.of(), model);
    }

    @PostMapping("/public/notices/{id}/objection")
    String file(@PathVariable long id, @ModelAttribute("form") ObjectionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
            Model model) {
        PublicNotice notice = notices.notice(id);
        try {
            String receipt = objections.file(id, form, files, request.getRemoteAddr());
            model.addAttribute("receipt", receipt);
            model.addAttribute("notice", notice);
            model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow());
            return "publication/objection-filed";
        } catch (Refusal refused) {
            return showForm(notice, form, refused.problems(), model);
        }
    }

    @GetMapping("/public/objections/status")
    String status(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            objections.byReceipt(code).ifPresentOrElse(objection -> {
                model.addAttribute("objection", objection);
                PublicNotice notice = notices.notice(objection.getNoticeId());
                model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow());
            }, () -> model.addAttribute("notFound", true));
        }
        return "publication/objection-status";
    }

    @GetMapping("/public/lists")
    String lists(@PageableDefault(size = 50) Pageable pageable, Model model) {
        Map<Long, BatchSummary> batches = programs.batchesById();
        Page<PublicNotice> published = notices.published(Paging.of(pageable, Sort.unsorted()));
        model.addAttribute("page", published);
        model.addAttribute("published", published.getContent());
        model.addAttribute("batches", batches);
        return "publication/public-lists";
    }

    @GetMapping("/public/lists/{batchId}")
    String list(@PathVariable long batchId, @PageableDefault(size = 50) Pageable pageable, Model model) {
        PublicNotice notice = notices.ofBatch(batchId).filter(candidate -> candidate.getPublishedAt() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(batchId).orElseThrow());
        model.addAttribute("page", publications.publishedEntries(batchId, Paging.of(pageable, Sort.unsorted())));
        return "publication/public-list";
    }

    private String showForm(PublicNotice notice, ObjectionForm form, List<Refusal.Problem> problems,
            Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        // everyone on the list can be objected to: the list is within the batch's places (hundreds at most)
        model.addAttribute("people", notices.entries(notice,
                org.springframework.data.domain.Pageable.unpaged(Sort.by("applicantName"))));
        model.addAttribute("open", notice.isOpenOn(notices.today()));
        return "publication/objection-form";
    }
}
