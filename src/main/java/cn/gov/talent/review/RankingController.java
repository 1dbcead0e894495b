package cn.gov.talent.review;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Paging;
import cn.gov.talent.web.Downloads;
import cn.gov.talent.web.Answers;
import cn.gov.talent.spreadsheet.Sheets;

/** 汇总排名: aggregating a round, the ranking page (paged in SQL) and its Excel export. */
@Controller
@RequestMapping("/review/rounds/{roundId}")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class RankingController {

    static final Sort RANK_ORDER = Sort.by("categoryId", "rankInCategory");

    private final Rankings rankings;
    private final RoundQueries rounds;
    private final Programs programs;
    private final MessageSource messages;
    private final Answers answers;

    RankingController(Rankings rankings, RoundQueries rounds, Programs programs, MessageSource messages,
            Answers answers) {
        this.rankings = rankings;
        this.rounds = rounds;
        this.programs = programs;
        this.messages = messages;
        this.answers = answers;
    }

    /** Aggregated: on to the ranking; refused: back to the round. */
    @PostMapping("/aggregate")
    @PreAuthorize("hasRole('OFFICE')")
    String aggregate(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        String answer = answers.redirect("/review/rounds/" + roundId + "/ranking", redirect, "review.aggregate.done",
                () -> rankings.aggregate(roundId, Actor.of(user)));
        return redirect.getFlashAttributes().containsKey(Answers.ERROR) ? "redirect:/review/rounds/" + roundId : answer;
    }

    @GetMapping("/ranking")
    String ranking(@PathVariable long roundId, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) String group, @PageableDefault(size = 50) Pageable pageable, Model model) {
        ReviewRound round = rounds.round(roundId);
        model.addAttribute("round", round);
        model.addAttribute("batch", programs.batch(round.getBatchId()).orElseThrow(NotFound::new));
        model.addAttribute("page", rankings.ranking(roundId, categoryId, blankToNull(group),
                Paging.of(pageable, group == null || group.isBlank() ? RANK_ORDER
                        : Sort.by("categoryId", "rankInGroup"))));
        model.addAttribute("categories", programs.categoryNames());
        model.addAttribute("groups", rankings.disciplineGroups());
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("group", group);
        return "review/ranking";
    }

    @PersonalDataDownload("RANKING")
    @GetMapping("/ranking.xlsx")
    void export(@PathVariable long roundId, @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) String group, Locale locale, HttpServletResponse response)
            throws IOException {
        ReviewRound round = rounds.round(roundId);
        String title = messages.getMessage("review.ranking.title", null, locale);
        Map<Long, String> categories = programs.categoryNames();
        String[] columns = {"review.rank.category", "review.rank.group", "application.serialNo",
                "application.applicant", "application.employer", "application.category", "review.disciplineGroup",
                "review.reviews", "review.mean", "review.trimmedMean", "review.agreeVotes", "review.meanZ",
                "review.outliers"};
        String batch = programs.batch(round.getBatchId()).orElseThrow(NotFound::new).title();
        try (var sheets = new Sheets(title + " · " + batch, columns, messages, locale)) {
            Paging.forEach(pageable -> rankings.ranking(roundId, categoryId, blankToNull(group), pageable), 1000,
                    RANK_ORDER, (ReviewResult r) -> sheets.row(r.getRankInCategory(), r.getRankInGroup(),
                            r.getSerialNo(), r.getApplicantName(), r.getEmployerName(), categories.get(r.getCategoryId()),
                            r.getDisciplineGroup(), r.getReviews(), r.getMeanScore(), r.getTrimmedMean(),
                            r.getAgreeVotes(), r.getMeanZ(), r.getOutliers()));
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
