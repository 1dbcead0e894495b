package cn.gov.talent.review;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The expert pool for the program office, filtered by status and discipline, paged in SQL. */
@Controller
@RequestMapping("/review/experts")
@PreAuthorize("hasRole('OFFICE')")
class ExpertPoolController {

    private final ExpertPool pool;

    ExpertPoolController(ExpertPool pool) {
        this.pool = pool;
    }

    @GetMapping
    String list(@RequestParam(required = false) ExpertStatus status,
            @RequestParam(required = false) String discipline,
            @PageableDefault(size = 20, sort = "fullName", direction = Sort.Direction.ASC) Pageable pageable,
            Model model) {
        model.addAttribute("page", pool.search(status, discipline, pageable));
        model.addAttribute("disciplines", pool.disciplines());
        model.addAttribute("statuses", ExpertStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("discipline", discipline);
        return "review/experts";
    }
}
