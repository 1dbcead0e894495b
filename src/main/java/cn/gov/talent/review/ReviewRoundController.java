package cn.gov.talent.review;

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

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;

/**
 * The office's review organisation pages: rounds of a batch, the draw and its record, panels,
 * redraws and adjustments by hand. Supervisors (巡察) read everything here and change nothing.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class ReviewRoundController {

    private final ReviewRounds rounds;
    private final Proposals proposals;
    private final Programs programs;
    private final MessageSource messages;

    ReviewRoundController(ReviewRounds rounds, Proposals proposals, Programs programs, MessageSource messages) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/batches")
    String batches(Model model) {
        Map<BatchSummary, List<ReviewRound>> batches = new LinkedHashMap<>();
        programs.batches().forEach(batch -> batches.put(batch, rounds.rounds(batch.id())));
        model.addAttribute("batches", batches);
        return "review/batches";
    }

    @GetMapping("/batches/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow();
        List<ReviewRound> list = rounds.rounds(batchId);
        Map<Long, RoundProgress> progress = new LinkedHashMap<>();
        list.forEach(round -> progress.put(round.getId(), rounds.progress(round.getId())));
        model.addAttribute("batch", batch);
        model.addAttribute("rounds", list);
        model.addAttribute("progress", progress);
        model.addAttribute("modes", ReviewMode.values());
        model.addAttribute("rubric", programs.rubric(batchId));
        model.addAttribute("proposal", proposals.proposal(batchId).orElse(null));
        return "review/batch";
    }

    @PostMapping("/batches/{batchId}/rounds")
    @PreAuthorize("hasRole('OFFICE')")
    String createRound(@PathVariable long batchId, @RequestParam(required = false) ReviewMode mode,
            @RequestParam(defaultValue = "0") int expertsPerApplication,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) Integer topN, @RequestParam(required = false) String chosen,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        List<String> serials = chosen == null || chosen.isBlank() ? List.of()
                : List.of(chosen.trim().toUpperCase(Locale.ROOT).split("[\\s,，、;；]+"));
        try {
            ReviewRound round = rounds.createRound(batchId, mode, expertsPerApplication, deadline, topN, serials,
                    Actor.of(user));
            redirect.addFlashAttribute("successKey", "review.round.created");
            return "redirect:/review/rounds/" + round.getId();
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("entered", Map.of("mode", mode == null ? "" : mode.name(),
                    "experts", expertsPerApplication, "deadline", deadline == null ? "" : deadline.toString(),
                    "topN", topN == null ? "" : topN, "chosen", chosen == null ? "" : chosen));
            return "redirect:/review/batches/" + batchId;
        }
    }

    @GetMapping("/rounds/{roundId}")
    String round(@PathVariable long roundId, @RequestParam(required = false) Long categoryId,
            @RequestParam(defaultValue = "false") boolean unfilled, @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        ReviewRound round = rounds.round(roundId);
        model.addAttribute("round", round);
        model.addAttribute("batch", programs.batch(round.getBatchId()).orElseThrow());
        model.addAttribute("progress", rounds.progress(roundId));
        model.addAttribute("view", rounds.page(roundId, categoryId, unfilled,
                Paging.of(pageable, Sort.by("categoryId", "serialNo"))));
        model.addAttribute("draws", rounds.drawRecords(roundId, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "drawnAt"))));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("unfilled", unfilled);
        return "review/round";
    }

    @PostMapping("/rounds/{roundId}/draw")
    @PreAuthorize("hasRole('OFFICE')")
    String draw(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect,
            Locale locale) {
        try {
            DrawOutcome outcome = rounds.draw(roundId, Actor.of(user));
            redirect.addFlashAttribute("successText", messages.getMessage("review.draw.done",
                    new Object[] {outcome.applicationsAssigned(), outcome.applicationsUnfilled(), outcome.drawId()},
                    locale));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/review/rounds/" + roundId;
    }

    @PostMapping("/rounds/{roundId}/deadline")
    @PreAuthorize("hasRole('OFFICE')")
    String deadline(@PathVariable long roundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        rounds.changeDeadline(roundId, deadline, Actor.of(user));
        redirect.addFlashAttribute("successKey", "review.deadline.saved");
        return "redirect:/review/rounds/" + roundId;
    }

    @GetMapping("/rounds/{roundId}/applications/{applicationId}")
    String panel(@PathVariable long roundId, @PathVariable long applicationId, Model model) {
        ReviewRound round = rounds.round(roundId);
        List<Assignment> panel = rounds.panel(roundId, applicationId);
        model.addAttribute("round", round);
        model.addAttribute("candidate", rounds.candidate(roundId, applicationId));
        model.addAttribute("panel", panel);
        model.addAttribute("experts", rounds.experts(panel.stream().map(Assignment::getExpertId).toList()));
        model.addAttribute("eligible", rounds.eligibleFor(roundId, applicationId));
        model.addAttribute("categories", programs.categoryNames());
        return "review/panel";
    }

    @PostMapping("/rounds/{roundId}/applications/{applicationId}/redraw")
    @PreAuthorize("hasRole('OFFICE')")
    String redraw(@PathVariable long roundId, @PathVariable long applicationId,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect, Locale locale) {
        try {
            rounds.redraw(roundId, applicationId, reason, Actor.of(user));
            redirect.addFlashAttribute("successKey", "review.redraw.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("redrawReason", reason);
        }
        return "redirect:/review/rounds/" + roundId + "/applications/" + applicationId;
    }

    @PostMapping("/rounds/{roundId}/applications/{applicationId}/assign")
    @PreAuthorize("hasRole('OFFICE')")
    String assign(@PathVariable long roundId, @PathVariable long applicationId,
            @RequestParam(required = false) Long expertId, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        try {
            if (expertId == null) {
                throw new Refusal("review.assign.expertRequired");
            }
            rounds.assignByHand(roundId, applicationId, expertId, reason, Actor.of(user));
            redirect.addFlashAttribute("successKey", "review.assign.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
            redirect.addFlashAttribute("assignReason", reason);
        }
        return "redirect:/review/rounds/" + roundId + "/applications/" + applicationId;
    }

    @PostMapping("/assignments/{id}/remove")
    @PreAuthorize("hasRole('OFFICE')")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        Assignment assignment = rounds.assignment(id);
        try {
            rounds.removeByHand(id, reason, Actor.of(user));
            redirect.addFlashAttribute("successKey", "review.remove.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/review/rounds/" + assignment.getRoundId() + "/applications/" + assignment.getApplicationId();
    }

    @PostMapping("/assignments/{id}/reopen")
    @PreAuthorize("hasRole('OFFICE')")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect, Locale locale) {
        Assignment assignment = rounds.assignment(id);
        try {
            rounds.reopen(id, reason, Actor.of(user));
            redirect.addFlashAttribute("successKey", "review.reopen.done");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("errorText", refused.describe(messages, locale));
        }
        return "redirect:/review/rounds/" + assignment.getRoundId() + "/applications/" + assignment.getApplicationId();
    }

    /** 抽取记录: the stored draw and the same draw run again now, for checking (复核). */
    @GetMapping("/draws/{id}")
    String drawRecord(@PathVariable long id, @PageableDefault(size = 100) Pageable requested, Model model) {
        Rerun rerun = rounds.rerun(id);
        List<Map.Entry<Long, List<Long>>> all = List.copyOf(rerun.stored().assignments().entrySet());
        var pageable = Paging.of(requested, Sort.unsorted());
        int from = (int) Math.min(all.size(), pageable.getOffset());
        model.addAttribute("rerun", rerun);
        model.addAttribute("result", new org.springframework.data.domain.PageImpl<>(
                all.subList(from, Math.min(all.size(), from + pageable.getPageSize())), pageable, all.size()));
        model.addAttribute("serials", rounds.serialNumbers(rerun.record().getRoundId()));
        model.addAttribute("round", rounds.round(rerun.record().getRoundId()));
        return "review/draw";
    }
}
