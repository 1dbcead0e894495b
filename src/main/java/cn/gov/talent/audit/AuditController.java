package cn.gov.talent.audit;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.gov.talent.shared.Paging;

/** The audit trail for the program office and the supervisors, filtered and paged in SQL. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page",
                trail.search(filter, Paging.of(pageable, Sort.by(Sort.Direction.DESC, "occurredAt"))));
        return "audit/list";
    }
}
