package cn.gov.talent.mobility;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * 工作单位转换 pages: the transfers the reader may see (the person, both employers, the recommending units
 * above each, the office and the supervisor), the person's request with the rules explained before it is sent,
 * one transfer with its history and the step the reader may take, and the posts of each step. Every post
 * answers on the transfer's page.
 */
@Controller
@RequestMapping("/transfers")
class TransferController {

    static final String READERS = "hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    private static final String REQUEST_PAGE = "mobility/transfer-new";

    private final Transfers transfers;
    private final Programs programs;
    private final Answers answers;

    TransferController(Transfers transfers, Programs programs, Answers answers) {
        this.transfers = transfers;
        this.programs = programs;
        this.answers = answers;
    }

    @InitBinder("form")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields("recordId", "toUnitId", "reason", "necessity");
    }

    /** One sentence of the rules' explanation, with how it bears on the request. */
    record Explanation(TransferRules.Severity severity, String text) {
    }

    @GetMapping
    @PreAuthorize(READERS)
    String list(@ModelAttribute("filter") TransferFilter filter, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", transfers.search(Actor.of(user), filter, pageable));
        model.addAttribute("statuses", TransferStatus.values());
        return "mobility/transfers";
    }

    /** The person's request: the record, the rules that apply to it, and, once an employer is named, the verdict. */
    @GetMapping("/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String newTransfer(@RequestParam(required = false) Long recordId, @RequestParam(required = false) Long toUnitId,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        var form = new TransferForm();
        form.setRecordId(recordId);
        form.setToUnitId(toUnitId);
        model.addAttribute("form", form);
        return requestPage(form, user, model, locale);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('APPLICANT')")
    String request(@Valid @ModelAttribute("form") TransferForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        long[] created = new long[1];
        if (!result.hasErrors() && answers.attempt(result, () -> created[0] = transfers.request(form.getRecordId(),
                form.getToUnitId(), form.getReason(), form.getNecessity(), Actor.of(user)).getId())) {
            answers.success(redirect, "transfer.requested");
            return "redirect:/transfers/" + created[0];
        }
        return requestPage(form, user, model, locale);
    }

    private String requestPage(TransferForm form, CurrentUser user, Model model, Locale locale) {
        TalentRecord record = transfers.ownRecord(form.getRecordId(), Actor.of(user));
        boolean firstTerm = transfers.firstTerm(record);
        model.addAttribute("record", record);
        model.addAttribute("categoryName", programs.categoryNames().get(record.getCategoryId()));
        model.addAttribute("firstTerm", firstTerm);
        model.addAttribute("from", transfers.placeOf(record.getUnitId()));
        model.addAttribute("regionalRule", programs.regionalTransferRule(record.getProgramId()));
        model.addAttribute("destinations", transfers.destinations());
        model.addAttribute("provinces", transfers.provincesByCode());
        model.addAttribute("open", transfers.hasOpen(record.getId()));
        if (form.getToUnitId() != null) {
            try {
                UnitNode to = transfers.receivingUnit(record, form.getToUnitId());
                TransferRules.Verdict verdict = transfers.check(record, to.id());
                List<String> texts = transfers.explain(verdict, locale);
                model.addAttribute("to", transfers.placeOf(to.id()));
                model.addAttribute("verdict", verdict);
                model.addAttribute("explanations", java.util.stream.IntStream.range(0, texts.size())
                        .mapToObj(i -> new Explanation(verdict.findings().get(i).severity(), texts.get(i))).toList());
            } catch (Refusal refused) {
                model.addAttribute("choiceError", answers.describe(refused));
            }
        }
        return REQUEST_PAGE;
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    String transfer(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        DataScope scope = DataScope.of(user);
        Actor actor = Actor.of(user);
        Transfer transfer = transfers.visible(id, scope);
        List<AuditRecord> history = transfers.history(id);
        Set<TransferEvent> events = transfers.eventsFor(transfer, actor);
        model.addAttribute("transfer", transfer);
        model.addAttribute("events", events.stream().map(Enum::name).toList());
        model.addAttribute("panelStep", transfer.isPanelRequired() && transfer.getStatus() == TransferStatus.REVIEWED
                && transfers.parties(transfer, actor).contains(TransferParty.OFFICE));
        model.addAttribute("files", transfers.filesOf(id));
        model.addAttribute("history", history);
        model.addAttribute("actors", transfers.actors(transfer.getApplicantId(), history, locale));
        model.addAttribute("provinces", transfers.provinces(transfer));
        model.addAttribute("recordVisible", transfers.recordVisible(transfer, scope));
        model.addAttribute("categoryName", programs.categoryNames().get(transfer.getCategoryId()));
        model.addAttribute("next", TransferFlow.nextParty(transfer.getStatus()).orElse(null));
        model.addAttribute("maxFiles", Transfers.MAX_FILES);
        return "mobility/transfer";
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasRole('EMPLOYER')")
    String consent(@PathVariable long id, @RequestParam(required = false) String opinion,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "transfer.done.CONSENT_TRANSFER",
                () -> transfers.consent(id, opinion, Actor.of(user)));
    }

    @PostMapping("/{id}/compile")
    @PreAuthorize("hasRole('EMPLOYER')")
    String compile(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedNote", note);
        return answers.redirect(page(id), redirect, "transfer.done.COMPILE_TRANSFER",
                () -> transfers.compile(id, note, files, Actor.of(user)));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String review(@PathVariable long id, @RequestParam(required = false) String opinion,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "transfer.done.REVIEW_TRANSFER",
                () -> transfers.review(id, opinion, Actor.of(user)));
    }

    @PostMapping("/{id}/panel-opinion")
    @PreAuthorize("hasRole('OFFICE')")
    String panelOpinion(@PathVariable long id, @RequestParam(required = false) Boolean agreed,
            @RequestParam(required = false) String panelOpinion, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedPanelOpinion", panelOpinion);
        return answers.redirect(page(id), redirect, "transfer.panel.recorded",
                () -> transfers.recordPanelOpinion(id, agreed, panelOpinion, Actor.of(user)));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('OFFICE')")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "transfer.done.APPROVE_TRANSFER",
                () -> transfers.approve(id, Actor.of(user)));
    }

    @PostMapping("/{id}/refuse")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE')")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedReason", reason);
        return answers.redirect(page(id), redirect, "transfer.done.REFUSE_TRANSFER",
                () -> transfers.refuse(id, reason, Actor.of(user)));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('APPLICANT')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedWithdrawReason", reason);
        return answers.redirect(page(id), redirect, "transfer.done.WITHDRAW_TRANSFER",
                () -> transfers.withdraw(id, reason, Actor.of(user)));
    }

    /** A file of the materials, for those who see the transfer. */
    @PersonalDataDownload("TRANSFER_MATERIAL")
    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize(READERS)
    ResponseEntity<Resource> material(@PathVariable long id, @PathVariable long fileId,
            @AuthenticationPrincipal CurrentUser user) {
        Transfers.Material material = transfers.material(id, fileId, DataScope.of(user));
        return Downloads.attachment(material.content(), material.fileName(), material.contentType());
    }

    private static String page(long id) {
        return "/transfers/" + id;
    }
}
