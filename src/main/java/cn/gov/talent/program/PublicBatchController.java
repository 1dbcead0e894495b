package cn.gov.talent.program;

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

    PublicBatchController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/public/batches")
    String openBatches(Model model) {
        model.addAttribute("batches", programs.batches().stream()
                .filter(batch -> batch.stage() == BatchStage.OPEN).toList());
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("rules", programs.rulesByCategory());
        return "program/public-batches";
    }
}
