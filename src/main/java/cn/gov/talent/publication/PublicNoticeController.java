package cn.gov.talent.publication;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Answers;

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
    private final PublicRateLimit rateLimit;
    private final Answers answers;

    PublicNoticeController(Notices notices, Objections objections, Publications publications, Programs programs,
            PublicRateLimit rateLimit, Answers answers) {
        this.notices = notices;
        this.objections = objections;
        this.publications = publications;
        this.programs = programs;
        this.rateLimit = rateLimit;
        this.answers = answers;
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
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("page", notices.entries(notice, Paging.of(pageable, Sort.by("categoryId", "serialNo"))));
        model.addAttribute("open", notice.isOpenOn(notices.today()));
        model.addAttribute("ended", notice.hasEndedBefore(notices.today()));
        return "publication/public-notice";
    }

    @GetMapping("/public/notices/{id}/objection")
    String objectionForm(@PathVariable long id, @RequestParam(required = false) Long applicationId, Model model) {
        var form = new ObjectionForm();
        form.setApplicationId(applicationId);
        model.addAttribute("form", form);
        return showForm(notices.notice(id), model);
    }

    /** Filed: the receipt; refused: the form again, with what was typed and each problem beside its field. */
    @PostMapping("/public/notices/{id}/objection")
    String file(@PathVariable long id, @ModelAttribute("form") ObjectionForm form, BindingResult result,
            HttpServletRequest request, Model model) {
        PublicNotice notice = notices.notice(id);
        var receipt = new AtomicReference<String>();
        if (!result.hasErrors() && answers.attempt(result,
                () -> receipt.set(objections.file(id, form, form.getFiles(), request.getRemoteAddr())))) {
            model.addAttribute("receipt", receipt.get());
            model.addAttribute("notice", notice);
            model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
            return "publication/objection-filed";
        }
        return showForm(notice, model);
    }

    /** Each look-up (not the empty form) counts toward the address's rate limit: receipts cannot be tried in bulk. */
    @GetMapping("/public/objections/status")
    String status(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            rateLimit.count(PublicRateLimit.Check.RECEIPT, request.getRemoteAddr());
            objections.byReceipt(code).ifPresentOrElse(objection -> {
                model.addAttribute("objection", objection);
                PublicNotice notice = notices.notice(objection.getNoticeId());
                model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
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
                .orElseThrow(NotFound::new);
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(batchId).orElseThrow(NotFound::new));
        model.addAttribute("page", publications.publishedEntries(batchId, Paging.of(pageable, Sort.unsorted())));
        return "publication/public-list";
    }

    /** The objection form ({@code form} in the model), with everyone on the notice's list to choose from. */
    private String showForm(PublicNotice notice, Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("batch", programs.batch(notice.getBatchId()).orElseThrow(NotFound::new));
        // everyone on the list can be objected to: the list is within the batch's places (hundreds at most)
        model.addAttribute("people", notices.entries(notice, Pageable.unpaged(Sort.by("applicantName"))));
        model.addAttribute("open", notice.isOpenOn(notices.today()));
        return "publication/objection-form";
    }
}
