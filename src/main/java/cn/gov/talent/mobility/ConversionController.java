package cn.gov.talent.mobility;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.web.Answers;

/**
 * 转换项目类别 pages (002 art. 33): the conversions the reader may see, the person's request with the rule
 * explained, one conversion with its history and the office's decision.
 */
@Controller
@RequestMapping("/conversions")
class ConversionController {

    private static final String REQUEST_PAGE = "mobility/conversion-new";

    private final Conversions conversions;
    private final Transfers transfers;
    private final Answers answers;

    ConversionController(Conversions conversions, Transfers transfers, Answers answers) {
        this.conversions = conversions;
        this.transfers = transfers;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("recordId", "toCategoryId", "reason");
    }

    @GetMapping
    @PreAuthorize(TransferController.READERS)
    String list(@RequestParam(required = false) ConversionStatus status, @RequestParam(required = false) Long recordId,
            @PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", conversions.search(DataScope.of(user), status, recordId, pageable));
        model.addAttribute("statuses", ConversionStatus.values());
        model.addAttribute("status", status);
        return "mobility/conversions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String newConversion(@RequestParam(required = false) Long recordId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var form = new ConversionForm();
        form.setRecordId(recordId);
        model.addAttribute("form", form);
        return requestPage(form, user, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String request(@Valid @ModelAttribute("form") ConversionForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        long[] created = new long[1];
        if (!result.hasErrors() && answers.attempt(result, () -> created[0] = conversions.request(form.getRecordId(),
                form.getToCategoryId(), form.getReason(), Actor.of(user)).getId())) {
            answers.success(redirect, "conversion.requested");
            return "redirect:/conversions/" + created[0];
        }
        return requestPage(form, user, model);
    }

    private String requestPage(ConversionForm form, CurrentUser user, Model model) {
        TalentRecord record = conversions.ownRecord(form.getRecordId(), Actor.of(user));
        List<ProgramCategory> categories = conversions.categoriesOf(record);
        ProgramCategory current = categories.stream().filter(category -> category.getId() == record.getCategoryId())
                .findFirst().orElse(null);
        model.addAttribute("record", record);
        model.addAttribute("current", current);
        model.addAttribute("others", categories.stream()
                .filter(category -> category.getId() != record.getCategoryId()).toList());
        return REQUEST_PAGE;
    }

    @GetMapping("/{id}")
    @PreAuthorize(TransferController.READERS)
    String conversion(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            java.util.Locale locale) {
        Conversion conversion = conversions.visible(id, DataScope.of(user));
        var history = conversions.history(id);
        model.addAttribute("conversion", conversion);
        model.addAttribute("history", history);
        model.addAttribute("actors", transfers.actors(conversion.getApplicantId(), history, locale));
        return "mobility/conversion";
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('OFFICE')")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedReason", reason);
        return answers.redirect("/conversions/" + id, redirect, (Object) null,
                () -> new Answers.Done("conversion.decided.done", conversions.decide(id, approve, reason, Actor.of(user))));
    }
}
