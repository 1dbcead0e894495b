package cn.gov.talent.application;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumberCipher;
import cn.gov.talent.shared.NotFound;

/**
 * The submitted versions of a dossier, read-only, and what changed from one to another: for everyone
 * whose data scope covers the application.
 */
@Controller
@RequestMapping("/applications/{id}")
@PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')")
class DossierVersionController {

    private final Applications applications;
    private final Dossiers dossiers;
    private final Programs programs;
    private final IdNumberCipher idNumbers;

    DossierVersionController(Applications applications, Dossiers dossiers, Programs programs,
            IdNumberCipher idNumbers) {
        this.idNumbers = idNumbers;
        this.applications = applications;
        this.dossiers = dossiers;
        this.programs = programs;
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Application application = visible(id, user);
        DossierForm form = dossiers.version(id, number);
        model.addAttribute("form", form);
        model.addAttribute("dossier", application);
        model.addAttribute("number", number);
        model.addAttribute("categoryName", programs.categoryNames().get(application.getCategoryId()));
        model.addAttribute("maskedIdNumber", idNumbers.masked(application.getApplicantIdNumberCipher()));
        model.addAttribute("birthDate", idNumbers.birthDate(application.getApplicantIdNumberCipher()).orElse(null));
        programs.disciplines().stream().filter(d -> d.getCode().equals(form.getDisciplineCode()))
                .findFirst().ifPresent(d -> model.addAttribute("discipline", d));
        return "application/version";
    }

    @GetMapping("/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("dossier", visible(id, user));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", dossiers.diff(id, from, to));
        return "application/diff";
    }

    private Application visible(long id, CurrentUser user) {
        return applications.findVisible(id, DataScope.of(user)).orElseThrow(NotFound::new);
    }
}
