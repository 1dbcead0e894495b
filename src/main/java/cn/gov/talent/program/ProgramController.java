package cn.gov.talent.program;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Programs with their categories and batches, for the program office and the supervisors. */
@Controller
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class ProgramController {

    private final Programs programs;

    ProgramController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/programs")
    String list(Model model) {
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("batches", programs.batches());
        model.addAttribute("rules", programs.rulesByCategory());
        return "program/list";
    }
}
