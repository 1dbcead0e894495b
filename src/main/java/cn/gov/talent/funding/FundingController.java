package cn.gov.talent.funding;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.spreadsheet.Sheets;
import cn.gov.talent.tracking.TalentRecord;
import cn.gov.talent.tracking.TalentRecords;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * 经费 pages: the tranches the reader may see (an employer its people's, a recommending unit its subtree's,
 * the office and the supervisor all), one person's funding with what the reader may do on it, the records
 * still without an amount, the extension requests, the totals per employer and year, and the finance
 * department's exports (the disbursements of a period as Excel, the payment notice of a tranche as PDF).
 * Every post answers on the person's page.
 */
@Controller
@RequestMapping("/funding")
class FundingController {

    /** The units and the office (and the supervisor, reading). */
    static final String UNITS = "hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    /** Everyone who may read a talent record, the person included. */
    static final String ANY_READER = "hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    /** The disbursements' columns in Excel. */
    private static final String[] DISBURSEMENT_COLUMNS = {"funding.field.employer", "funding.field.person",
            "certificate.number", "funding.field.kind", "funding.field.tranche", "funding.field.paidOn",
            "funding.field.voucherNo", "funding.field.amountYuan"};

    private final Tranches tranches;
    private final Grants grants;
    private final PaymentNotices notices;
    private final TalentRecords records;
    private final Programs programs;
    private final Answers answers;
    private final MessageSource messages;

    FundingController(Tranches tranches, Grants grants, PaymentNotices notices, TalentRecords records,
            Programs programs, Answers answers, MessageSource messages) {
        this.tranches = tranches;
        this.grants = grants;
        this.notices = notices;
        this.records = records;
        this.programs = programs;
        this.answers = answers;
        this.messages = messages;
    }

    // ---- lists ----------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize(UNITS)
    String list(@ModelAttribute("filter") TrancheFilter filter, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", tranches.search(DataScope.of(user), filter, pageable));
        model.addAttribute("statuses", TrancheStatus.values());
        model.addAttribute("kinds", FundKind.values());
        LocalDate today = tranches.today();
        model.addAttribute("exportFrom", today.withDayOfYear(1));
        model.addAttribute("exportTo", today);
        return "funding/list";
    }

    /** Active records whose category has a plan and that have no amount yet: the office sets them. */
    @GetMapping("/unplanned")
    @PreAuthorize("hasRole('OFFICE')")
    String unplanned(@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("page", grants.withoutAmount(DataScope.of(user), pageable));
        model.addAttribute("categories", programs.categoryNames());
        return "funding/unplanned";
    }

    /** Extension requests waiting for the office's decision. */
    @GetMapping("/extensions")
    @PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
    String extensions(@PageableDefault(size = 20) Pageable pageable, Model model) {
        Page<FundingExtension> page = grants.openExtensions(pageable);
        model.addAttribute("page", page);
        model.addAttribute("people", records.byIds(page.getContent().stream()
                .map(FundingExtension::getTalentRecordId).distinct().toList()));
        return "funding/extensions";
    }

    /** Each employer's funds of a year in the reader's scope, with the total over them. */
    @GetMapping("/totals")
    @PreAuthorize(UNITS)
    String totals(@RequestParam(required = false) Integer year, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        int shown = year == null || year < 2000 || year > 2100 ? tranches.today().getYear() : year;
        DataScope scope = DataScope.of(user);
        model.addAttribute("year", shown);
        model.addAttribute("page", tranches.totals(scope, shown, pageable));
        model.addAttribute("total", tranches.total(scope, shown));
        return "funding/totals";
    }

    /**
     * 拨付明细: the tranches paid in a period (this year so far unless said), in the reader's scope and
     * optionally of one employer, by employer with a subtotal each and the total, as an Excel sheet for the
     * finance department.
     */
    @PersonalDataDownload("FUNDING_DISBURSEMENTS")
    @GetMapping("/disbursements.xlsx")
    @PreAuthorize(UNITS)
    void disbursements(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long unitId, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        LocalDate today = tranches.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (start.isAfter(end) || start.getYear() < 2000 || end.getYear() > 2100) {
            throw new Refusal("funding.export.period");
        }
        String title = text(locale, "funding.export.title", start, end);
        try (var sheets = new Sheets(title, DISBURSEMENT_COLUMNS, messages, locale)) {
            var subtotal = new Object() {
                Long unit;
                String employer;
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal total = BigDecimal.ZERO;

                void close() {
                    if (unit != null) {
                        sheets.row(employer, text(locale, "funding.export.subtotal"), "", "", "", "", "", sum);
                    }
                }
            };
            tranches.forEachPaid(DataScope.of(user), start, end, unitId, tranche -> {
                if (subtotal.unit == null || subtotal.unit != tranche.getUnitId()) {
                    subtotal.close();
                    subtotal.unit = tranche.getUnitId();
                    subtotal.employer = tranche.getEmployerName();
                    subtotal.sum = BigDecimal.ZERO;
                }
                sheets.row(tranche.getEmployerName(), tranche.getPersonName(), tranche.getCertificateNo(),
                        label(locale, tranche.getKind()), text(locale, "funding.trancheOf", tranche.getSeq(),
                                tranche.getTranches()), tranche.getPaidOn().toString(), tranche.getVoucherNo(),
                        tranche.getAmount());
                subtotal.sum = subtotal.sum.add(tranche.getAmount());
                subtotal.total = subtotal.total.add(tranche.getAmount());
            });
            subtotal.close();
            sheets.row(text(locale, "funding.export.total"), "", "", "", "", "", "", subtotal.total);
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    // ---- one person ------------------------------------------------------------------------------------

    @GetMapping("/records/{id}")
    @PreAuthorize(ANY_READER)
    String record(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Grants.PersonFunding funding = grants.of(id, DataScope.of(user));
        TalentRecord record = funding.record();
        Map<Long, List<String>> open = new HashMap<>();
        funding.funds().forEach(fund -> fund.tranches().forEach(due -> {
            List<String> texts = new ArrayList<>();
            due.open().forEach(o -> texts.add(Refusal.describe(new Refusal.Problem(null, o.messageKey(),
                    o.arguments()), messages, locale)));
            open.put(due.tranche().getId(), texts);
        }));
        model.addAttribute("funding", funding);
        model.addAttribute("record", record);
        model.addAttribute("open", open);
        model.addAttribute("own", record.getApplicantId() == user.id());
        model.addAttribute("categoryName", programs.categoryNames().get(record.getCategoryId()));
        model.addAttribute("today", tranches.today());
        if (!model.containsAttribute("paymentForm")) {
            model.addAttribute("paymentForm", new PaymentForm());
        }
        if (!model.containsAttribute("amountForm")) {
            model.addAttribute("amountForm", new AmountForm());
        }
        return "funding/record";
    }

    @PostMapping("/records/{id}/grants")
    @PreAuthorize("hasRole('OFFICE')")
    String setAmount(@PathVariable long id, @ModelAttribute("amountForm") AmountForm form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id) + "#funds", redirect, "funding.grant.saved", form,
                () -> grants.setAmount(id, form.getPlanId(), form.getAmount(), Actor.of(user)));
    }

    @PostMapping("/records/{id}/contract")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'OFFICE')")
    String recordContract(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenUpOn,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id) + "#contract", redirect, "funding.contract.saved",
                () -> grants.recordContract(id, takenUpOn, file, Actor.of(user)));
    }

    @PersonalDataDownload("FUNDING_CONTRACT")
    @GetMapping("/records/{id}/contract")
    @PreAuthorize(ANY_READER)
    ResponseEntity<Resource> contract(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        Grants.StoredContract contract = grants.contractFile(id, DataScope.of(user));
        return Downloads.attachment(contract.content(), contract.fileName(), contract.contentType());
    }

    // ---- tranches -------------------------------------------------------------------------------------

    @PostMapping("/tranches/{id}/release")
    @PreAuthorize("hasRole('OFFICE')")
    String release(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        long record = tranches.visible(id, DataScope.of(user)).getTalentRecordId();
        return answers.redirect(page(record) + "#funds", redirect, "funding.release.done",
                () -> tranches.release(id, Actor.of(user)));
    }

    @PostMapping("/tranches/{id}/payment")
    @PreAuthorize("hasRole('OFFICE')")
    String pay(@PathVariable long id, @ModelAttribute("paymentForm") PaymentForm form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        long record = tranches.visible(id, DataScope.of(user)).getTalentRecordId();
        form.setTrancheId(id);
        return answers.redirect(page(record) + "#funds", redirect, "funding.pay.done", form,
                () -> tranches.pay(id, form.getPaidOn(), form.getAmount(), form.getVoucherNo(), Actor.of(user)));
    }

    /** 经费拨付通知: the printable notice of a released or paid tranche. */
    @PersonalDataDownload("FUNDING_NOTICE")
    @GetMapping("/tranches/{id}/notice.pdf")
    @PreAuthorize(UNITS)
    ResponseEntity<byte[]> notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        FundingTranche tranche = notices.printable(id, DataScope.of(user));
        return Downloads.pdf(notices.notice(tranche, locale),
                PaymentNotices.fileName(tranche, text(locale, "funding.notice.title")));
    }

    // ---- extensions -----------------------------------------------------------------------------------

    @PostMapping("/grants/{id}/extensions")
    @PreAuthorize("hasRole('EMPLOYER')")
    String requestExtension(@PathVariable long id, @RequestParam(required = false) Integer years,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long record = grants.recordOfFund(id, DataScope.of(user));
        return answers.redirect(page(record) + "#funds", redirect, "funding.extension.requested",
                () -> grants.requestExtension(id, years, reason, Actor.of(user)));
    }

    @PostMapping("/extensions/{id}/decision")
    @PreAuthorize("hasRole('OFFICE')")
    String decideExtension(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long record = grants.recordOfExtension(id, DataScope.of(user));
        return answers.redirect(page(record) + "#funds", redirect,
                approve ? "funding.extension.approved" : "funding.extension.refused",
                () -> grants.decideExtension(id, approve, reason, Actor.of(user)));
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private String label(Locale locale, cn.gov.talent.shared.Labelled labelled) {
        return messages.getMessage(labelled.messageKey(), null, locale);
    }

    private static String page(long id) {
        return "/funding/records/" + id;
    }
}
