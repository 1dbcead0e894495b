package cn.gov.talent.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.gov.talent.shared.CurrentUser;

/**
 * 统计分析: the three statistics pages (the selection funnel; the selected people; after selection) and their
 * index, for the office and the supervisor (the whole province) and the recommending units (their subtree).
 * Each page runs a fixed number of statements whatever the data: what to count ({@link Slicer}, three), then
 * one grouped statement per owning module. A filter that cannot be used is named on the page and left out.
 */
@Controller
@RequestMapping("/statistics")
@PreAuthorize(StatisticsController.READERS)
class StatisticsController {

    static final String READERS = "hasAnyRole('OFFICE', 'SUPERVISOR', 'RECOMMENDER')";

    private final Slicer slicer;
    private final Figures figures;

    StatisticsController(Slicer slicer, Figures figures) {
        this.slicer = slicer;
        this.figures = figures;
    }

    @GetMapping
    String index() {
        return "statistics/index";
    }

    /** 遴选漏斗: per batch, unit and category, filtered by program, batch year, category and unit. */
    @GetMapping("/selection")
    String selection(@ModelAttribute("query") StatisticsQuery query, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Slice slice = slice(query, binding, user, true);
        return page("selection", slice, figures.selection(slice, locale), model);
    }

    /** 入选人员: by program and year, category, kind of talent, unit, employer and the profile. */
    @GetMapping("/people")
    String people(@ModelAttribute("query") StatisticsQuery query, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Slice slice = slice(query, binding, user, true);
        List<Figure> shown = new ArrayList<>(figures.people(slice, locale));
        shown.addAll(figures.profile(slice, locale));
        return page("people", slice, shown, model);
    }

    /** 入选后: states, assessments and outputs per year, funds per year and unit; no year filter (years are the axis). */
    @GetMapping("/after-selection")
    String afterSelection(@ModelAttribute("query") StatisticsQuery query, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Slice slice = slice(query, binding, user, false);
        return page("after-selection", slice, figures.afterSelection(slice, locale), model);
    }

    /** The slice of the filters; a value that could not be read (not a number) is named and left out. */
    private Slice slice(StatisticsQuery query, BindingResult binding, CurrentUser user, boolean byYear) {
        List<String> unread = new ArrayList<>();
        binding.getFieldErrors().forEach(error -> unread.add("statistics.problem." + switch (error.getField()) {
            case "programId" -> "program";
            case "year" -> "year";
            case "categoryId" -> "category";
            default -> "unit";
        }));
        Slice slice = slicer.slice(user, query, byYear);
        slice.problems().addAll(0, unread);
        return slice;
    }

    private static String page(String name, Slice slice, List<Figure> shown, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("slice", slice);
        model.addAttribute("figures", shown);
        model.addAttribute("byYear", !"after-selection".equals(name));
        return "statistics/page";
    }
}
