package cn.gov.talent.recommendation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.application.ApplicationFilter;
import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Downloads;
import cn.gov.talent.web.Answers;

/**
 * The recommending unit's nomination page, and the office's view of every unit's progress. The
 * office's quota page is {@link QuotaController}'s.
 */
@Controller
class NominationController {

    private final Nominations nominations;
    private final Applications applications;
    private final Programs programs;
    private final MessageSource messages;
    private final NominationSummaryExport summary;
    private final Answers answers;

    NominationController(Nominations nominations, Applications applications, Programs programs,
            MessageSource messages, NominationSummaryExport summary, Answers answers) {
        this.nominations = nominations;
        this.applications = applications;
        this.programs = programs;
        this.messages = messages;
        this.summary = summary;
        this.answers = answers;
    }

    /** The batches a recommending unit works on: those past the application stage or still open. */
    @GetMapping("/recommendation")
    @PreAuthorize("hasAnyRole('RECOMMENDER', 'OFFICE')")
    String batches(Model model) {
        model.addAttribute("batches", programs.batches().stream()
                .filter(batch -> batch.stage() == BatchStage.OPEN || batch.stage() == BatchStage.NOMINATION).toList());
        return "recommendation/batches";
    }

    @GetMapping("/recommendation/batches/{batchId}")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String batch(@PathVariable long batchId, @PageableDefault(size = 50) Pageable pageable,
            @RequestParam(required = false) Long categoryId, @RequestParam(required = false) String discipline,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        DataScope scope = DataScope.of(user);
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        model.addAttribute("ranks", nominations.ranks(batchId, user.unitId()));
        model.addAttribute("disciplines", programs.disciplines());
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("discipline", discipline);
        model.addAttribute("batch", batch);
        model.addAttribute("quota", nominations.quota(batchId, user.unitId()).orElse(null));
        model.addAttribute("pending", applications.search(scope,
                new ApplicationFilter(ApplicationStatus.ENDORSED, batchId, null, categoryId, discipline),
                Paging.of(pageable, Sort.by("categoryId", "applicantName"))));
        model.addAttribute("nominated", applications.search(scope,
                ApplicationFilter.of(ApplicationStatus.NOMINATED, batchId),
                PageRequest.of(0, 100, Sort.by("categoryId", "statusChangedAt"))));
        // the filter offers the batch's own program's categories only; its applications are all of them
        model.addAttribute("categories", programs.categoryNamesOf(batch.programId()));
        model.addAttribute("list", nominations.list(batchId, user.unitId()).orElse(null));
        model.addAttribute("methods", EvaluationMethod.values());
        model.addAttribute("results", NoticeResult.values());
        return "recommendation/batch";
    }

    /**
     * 推荐 with the unit's opinion, 不推荐 or 退回 with a reason. Refused, the page shows the candidate's
     * row with what was typed.
     */
    @PostMapping("/recommendation/applications/{id}")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam long batchId,
            @ModelAttribute NominationForm nominationForm, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        nominationForm.setApplicationId(id);
        String reason = nominationForm.getReason();
        return answers.redirect(page(batchId), redirect, "nomination.done." + action, nominationForm, () -> {
            switch (action) {
                case "nominate" -> nominations.nominate(id, Actor.of(user), nominationForm.getOpinion());
                case "decline" -> nominations.decline(id, Actor.of(user), reason);
                case "return" -> nominations.returnToEmployer(id, Actor.of(user), reason);
                // only the page's three buttons: anything else is refused on the page, not an error
                default -> throw new Refusal("nomination.action.invalid");
            }
        });
    }

    /** 修改推荐意见 of a nominee, until the list is forwarded. Refused, the page shows what was typed. */
    @PostMapping("/recommendation/applications/{id}/opinion")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String reviseOpinion(@PathVariable long id, @RequestParam long batchId,
            @ModelAttribute NominationForm nominationForm, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        nominationForm.setApplicationId(id);
        return answers.redirect(page(batchId), redirect, "opinion.revised", nominationForm,
                () -> nominations.reviseOpinion(id, Actor.of(user), nominationForm.getOpinion()));
    }

    /** htmx: saves a rank as it is typed and answers with a short confirmation or the refusal. */
    @PostMapping("/recommendation/applications/{id}/rank")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String rank(@PathVariable long id, @ModelAttribute RankForm rankForm, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        boolean saved = !result.hasErrors()
                && answers.attempt(result, () -> nominations.rank(id, Actor.of(user), rankForm.getRank()));
        model.addAttribute("rankMessage", saved ? messages.getMessage("rank.saved", null, locale)
                : messages.getMessage(result.getAllErrors().get(0), locale));
        model.addAttribute("rankOk", saved);
        model.addAttribute("applicationId", id);
        return "recommendation/batch :: rankStatus";
    }

    @PersonalDataDownload("NOMINATION_SUMMARY")
    @GetMapping("/recommendation/batches/{batchId}/summary.xlsx")
    @PreAuthorize("hasRole('RECOMMENDER')")
    void summary(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        summary.write(batchId, Actor.of(user), user.unitName(), locale,
                Downloads.xlsx(response, messages.getMessage("summary.sheet", null, locale)));
    }

    @PostMapping("/recommendation/batches/{batchId}/evaluation")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String evaluation(@PathVariable long batchId, @RequestParam(required = false) String method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String summary, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "nomination.evaluation.saved",
                () -> nominations.recordEvaluation(batchId, Actor.of(user), choice(EvaluationMethod.class, method),
                        date, summary));
    }

    @PostMapping("/recommendation/batches/{batchId}/notice")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String notice(@PathVariable long batchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate starts,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ends,
            @RequestParam(required = false) String result, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "nomination.notice.saved",
                () -> nominations.confirmNotice(batchId, Actor.of(user), starts, ends,
                        choice(NoticeResult.class, result), note));
    }

    @PostMapping("/recommendation/batches/{batchId}/forward")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String forward(@PathVariable long batchId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(batchId), redirect, "nomination.forwarded",
                () -> nominations.forward(batchId, Actor.of(user)));
    }

    @GetMapping("/recommendation/dashboard/{batchId}")
    @PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
    String dashboard(@PathVariable long batchId, Model model) {
        model.addAttribute("batch", programs.batch(batchId).orElseThrow(NotFound::new));
        model.addAttribute("rows", nominations.progress(batchId));
        return "recommendation/dashboard";
    }

    @PostMapping("/recommendation/dashboard/{batchId}/extend")
    @PreAuthorize("hasRole('OFFICE')")
    String extend(@PathVariable long batchId, @RequestParam long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect("/recommendation/dashboard/" + batchId, redirect, "nomination.extension.saved",
                () -> nominations.extendDeadline(batchId, unitId, to, reason, Actor.of(user)));
    }

    /**
     * The option chosen from a list of the page, or null when none (or none of the list) was: the
     * service then refuses with the reason, on the page, instead of a bare "bad request".
     */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String page(long batchId) {
        return "/recommendation/batches/" + batchId;
    }
}
