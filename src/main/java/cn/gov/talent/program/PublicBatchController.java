package cn.gov.talent.program;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 年度通知: the open batches with their conditions and timetable, for anyone, without signing in.
 * The address {@code /public/batches} is printed in official notices and must not change.
 */
@Controller
class PublicBatchController {

    private final Programs programs;

    private final Clock clock;

    PublicBatchController(Programs programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @GetMapping("/public/batches")
    String openBatches(Model model) {
        model.addAttribute("batches", programs.batches().stream()
                .filter(batch -> batch.acceptsApplications(LocalDate.now(clock))).toList());
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("rules", programs.rulesByCategory());
        return "program/public-batches";
    }
}
