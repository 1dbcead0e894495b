package cn.gov.talent.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.data.domain.PageImpl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.web.Answers;

/**
 * The office's review organisation pages: rounds of a batch, a round's candidates, the draw and its
 * record. One application's panel, its redraws and adjustments by hand are {@link PanelController}.
 * Supervisors (巡察) read everything here and change nothing.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class ReviewRoundController {

    private final RoundQueries queries;
    private final ReviewRounds rounds;
    private final Draws draws;
    private final Proposals proposals;
    private final Programs programs;
    private final Answers answers;

    ReviewRoundController(RoundQueries queries, ReviewRounds rounds, Draws draws, Proposals proposals,
            Programs programs, Answers answers) {
        this.queries = queries;
        this.rounds = rounds;
        this.draws = draws;
        this.proposals = proposals;
        this.programs = programs;
        this.answers = answers;
    }

    @GetMapping("/batches")
    String batches(Model model) {
        Map<BatchSummary, List<ReviewRound>> batches = new LinkedHashMap<>();
        programs.batches().forEach(batch -> batches.put(batch, queries.rounds(batch.id())));
        model.addAttribute("batches", batches);
        return "review/batches";
    }

    @GetMapping("/batches/{batchId}")
    String batch(@PathVariable long batchId, Model model) {
        BatchSummary batch = programs.batch(batchId).orElseThrow(NotFound::new);
        List<ReviewRound> list = queries.rounds(batchId);
        Map<Long, RoundProgress> progress = new LinkedHashMap<>();
        list.forEach(round -> progress.put(round.getId(), queries.progress(round.getId())));
        model.addAttribute("batch", batch);
        model.addAttribute("rounds", list);
        model.addAttribute("progress", progress);
        model.addAttribute("modes", ReviewMode.values());
        model.addAttribute("rubric", programs.rubric(batchId));
        model.addAttribute("proposal", proposals.proposal(batchId).orElse(null));
        return "review/batch";
    }

    /** Created: on to the new round; refused: back to the batch, with what was typed. */
    @PostMapping("/batches/{batchId}/rounds")
    @PreAuthorize("hasRole('OFFICE')")
    String createRound(@PathVariable long batchId, @ModelAttribute RoundForm roundForm, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        var created = new AtomicReference<ReviewRound>();
        String refused = answers.redirect("/review/batches/" + batchId, redirect, "review.round.created", roundForm,
                () -> created.set(rounds.createRound(batchId, chosenOrRefused(roundForm, binding),
                        roundForm.getExpertsPerApplication() == null ? 0 : roundForm.getExpertsPerApplication(),
                        roundForm.getDeadline(), roundForm.getTopN(), roundForm.chosenSerials(), Actor.of(user))));
        return created.get() == null ? refused : "redirect:/review/rounds/" + created.get().getId();
    }

    /**
     * The mode chosen, once what was typed could be read: a mode not on the list, or a number or date
     * that is none, is refused with the field's own message on the batch page (not a bare 400).
     */
    private static ReviewMode chosenOrRefused(RoundForm form, BindingResult binding) {
        if (binding.hasFieldErrors("mode")) {
            throw Refusal.onField("mode", "review.round.modeRequired");
        }
        if (binding.hasFieldErrors("expertsPerApplication")) {
            throw Refusal.onField("expertsPerApplication", "review.round.expertsRange");
        }
        if (binding.hasFieldErrors("topN")) {
            throw Refusal.onField("topN", "review.round.topNRequired");
        }
        if (binding.hasFieldErrors("deadline")) {
            throw Refusal.onField("deadline", "typeMismatch.java.time.LocalDate");
        }
        return form.getMode();
    }

    @GetMapping("/rounds/{roundId}")
    String round(@PathVariable long roundId, @RequestParam(required = false) Long categoryId,
            @RequestParam(defaultValue = "false") boolean unfilled, @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        ReviewRound round = queries.round(roundId);
        model.addAttribute("round", round);
        model.addAttribute("batch", programs.batch(round.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("progress", queries.progress(roundId));
        model.addAttribute("view", queries.page(roundId, categoryId, unfilled,
                Paging.of(pageable, Sort.by("categoryId", "serialNo"))));
        model.addAttribute("draws", queries.drawRecords(roundId, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "drawnAt"))));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("unfilled", unfilled);
        return "review/round";
    }

    @PostMapping("/rounds/{roundId}/draw")
    @PreAuthorize("hasRole('OFFICE')")
    String draw(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/review/rounds/" + roundId, redirect, null, () -> {
            DrawOutcome outcome = draws.draw(roundId, Actor.of(user));
            return new Answers.Done("review.draw.done", outcome.applicationsAssigned(),
                    outcome.applicationsUnfilled(), outcome.drawId());
        });
    }

    @PostMapping("/rounds/{roundId}/deadline")
    @PreAuthorize("hasRole('OFFICE')")
    String deadline(@PathVariable long roundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect("/review/rounds/" + roundId, redirect, "review.deadline.saved",
                () -> rounds.changeDeadline(roundId, deadline, Actor.of(user)));
    }

    /** 抽取记录: the stored draw and the same draw run again now, for checking (复核). */
    @GetMapping("/draws/{id}")
    String drawRecord(@PathVariable long id, @PageableDefault(size = 100) Pageable requested, Model model) {
        Rerun rerun = draws.rerun(id);
        List<Map.Entry<Long, List<Long>>> all = List.copyOf(rerun.stored().assignments().entrySet());
        var pageable = Paging.of(requested, Sort.unsorted());
        int from = (int) Math.min(all.size(), pageable.getOffset());
        model.addAttribute("rerun", rerun);
        model.addAttribute("result", new PageImpl<>(
                all.subList(from, Math.min(all.size(), from + pageable.getPageSize())), pageable, all.size()));
        model.addAttribute("serials", queries.serialNumbers(rerun.record().getRoundId()));
        model.addAttribute("round", queries.round(rerun.record().getRoundId()));
        return "review/draw";
    }
}
