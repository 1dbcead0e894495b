package cn.gov.talent.tracking;

import java.io.IOException;
import java.time.Instant;
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
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.Labelled;
import cn.gov.talent.spreadsheet.Sheets;
import cn.gov.talent.web.Answers;
import cn.gov.talent.web.Downloads;

/**
 * 人选管理 pages: the list of the reader's people (scoped as everywhere: the person their own record,
 * an employer its people, a recommending unit its subtree, the office and the supervisor everyone),
 * one person's record with what the reader may do on it, the reports waiting for the reader, the
 * final assessments due, and the form posts of each step. Every post answers on the record's page.
 */
@Controller
@RequestMapping("/talents")
class TalentController {

    static final String ANY_READER = "hasAnyRole('APPLICANT', 'EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    private final TalentRecords records;
    private final YearlyReports reports;
    private final Outputs outputs;
    private final Exits exits;
    private final FinalAssessments finals;
    private final Programs programs;
    private final Answers answers;
    private final MessageSource messages;

    /** The 考绩档案's columns in Excel: one row per item. */
    private static final String[] FILE_COLUMNS = {"talent.sheet.section", "talent.sheet.date", "talent.sheet.what",
            "talent.sheet.result", "talent.sheet.by"};

    TalentController(TalentRecords records, YearlyReports reports, Outputs outputs, Exits exits,
            FinalAssessments finals, Programs programs, Answers answers, MessageSource messages) {
        this.records = records;
        this.reports = reports;
        this.outputs = outputs;
        this.exits = exits;
        this.finals = finals;
        this.programs = programs;
        this.answers = answers;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(ANY_READER)
    String list(@ModelAttribute("filter") TalentFilter filter, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", records.search(DataScope.of(user), filter, pageable));
        model.addAttribute("statuses", TalentStatus.values());
        model.addAttribute("programs", programs.programsWithCategories());
        model.addAttribute("categories", programs.categoryNames());
        return "tracking/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ANY_READER)
    String record(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        TalentRecord record = records.visible(id, DataScope.of(user));
        Actor actor = Actor.of(user);
        List<YearlyReport> yearly = reports.of(id);
        model.addAttribute("record", record);
        model.addAttribute("cycle", record.cycle());
        model.addAttribute("cycleYear", record.cycle().yearOf(records.today()));
        model.addAttribute("own", record.getApplicantId() == user.id());
        model.addAttribute("reports", yearly);
        model.addAttribute("reportsDue", record.getApplicantId() == user.id() ? reports.due(record, yearly) : List.of());
        model.addAttribute("reportEvents", yearly.stream().collect(java.util.stream.Collectors.toMap(
                YearlyReport::getId, report -> YearlyReportFlow.eventsFor(report.getStatus(), user.roles()))));
        model.addAttribute("outputs", outputs.of(id));
        model.addAttribute("reminders", exits.remindersOf(id));
        model.addAttribute("exits", exits.of(id));
        model.addAttribute("finalAssessment", finals.of(id).orElse(null));
        model.addAttribute("finalDue", record.getStatus() == TalentStatus.ACTIVE
                && record.cycle().endingBy(records.today()));
        model.addAttribute("events", records.eventsFor(record, actor));
        model.addAttribute("categoryName", programs.categoryNames().get(record.getCategoryId()));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("outputKinds", OutputKind.values());
        model.addAttribute("outputLevels", OutputLevel.values());
        model.addAttribute("outcomes", FinalAssessment.Outcome.values());
        model.addAttribute("exitKinds", List.of(ExitKind.PERSUASION, ExitKind.REVOCATION));
        model.addAttribute("grounds", TalentExit.Ground.values());
        model.addAttribute("today", records.today());
        if (!model.containsAttribute("outputForm")) {
            model.addAttribute("outputForm", new OutputForm());
        }
        if (!model.containsAttribute("finalAssessmentForm")) {
            model.addAttribute("finalAssessmentForm", new FinalAssessmentForm());
        }
        return "tracking/record";
    }

    /** The 考绩档案 of one person, for printing: selection, yearly reports, outputs, assessments, exits. */
    @GetMapping("/{id}/file")
    @PreAuthorize(ANY_READER)
    String file(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        record(id, user, model);
        return "tracking/file";
    }

    /**
     * The 考绩档案 as an Excel workbook, one row per item: section, date, what, status / grade / outcome,
     * by whom. The record is looked up (404 outside the reader's scope) and the export audited before
     * anything is sent.
     */
    @GetMapping("/{id}/file.xlsx")
    @PreAuthorize(ANY_READER)
    void fileExport(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        TalentRecord record = records.exportFile(id, Actor.of(user));
        String title = text(locale, "talent.file.sheetTitle", record.getPersonName(), record.getCertificateNo());
        try (var sheets = new Sheets(title, FILE_COLUMNS, messages, locale)) {
            fileRows(sheets, record, locale);
            sheets.write(Downloads.xlsx(response, title));
        }
    }

    private void fileRows(Sheets sheets, TalentRecord record, Locale locale) {
        long id = record.getId();
        String section = text(locale, "talent.sheet.section.selection");
        sheets.row(section, record.getIssuedOn(), text(locale, "talent.sheet.selected", String.valueOf(record.getYear()),
                programs.categoryNames().getOrDefault(record.getCategoryId(), ""), record.getEmployerName(),
                record.getCertificateNo()), "", "");
        sheets.row(section, record.getStatusChangedOn(), text(locale, "talent.sheet.status"),
                label(locale, record.getStatus()), "");
        SupportCycle cycle = record.cycle();
        sheets.row(text(locale, "talent.sheet.section.cycle"), record.getCycleStart(),
                text(locale, "talent.sheet.cycle", record.getCycleStart(), record.getCycleEnd(), cycle.years()), "", "");

        section = text(locale, "talent.sheet.section.report");
        for (YearlyReport report : reports.of(id)) {
            int k = report.getCycleYear();
            sheets.row(section, date(report.getSubmittedAt()), text(locale, "talent.sheet.report", k,
                    report.getProgress()), label(locale, report.getStatus()), "");
            if (report.getReturnReason() != null) {
                sheets.row(section, "", text(locale, "talent.sheet.returned", k, report.getReturnReason()), "", "");
            }
            if (report.getGradedAt() != null) {
                sheets.row(section, date(report.getGradedAt()), report.getEmployerOpinion() == null
                        ? text(locale, "talent.sheet.gradedPlain", k)
                        : text(locale, "talent.sheet.graded", k, report.getEmployerOpinion()),
                        report.getGrade() == null ? "" : label(locale, report.getGrade()), report.getGradedBy());
            }
            if (report.getConfirmedAt() != null) {
                sheets.row(section, date(report.getConfirmedAt()), text(locale, "talent.sheet.confirmed", k), "",
                        report.getConfirmedBy());
            }
            if (report.getFiledAt() != null) {
                sheets.row(section, date(report.getFiledAt()), text(locale, "talent.sheet.filed", k), "",
                        report.getFiledBy());
            }
        }

        section = text(locale, "talent.sheet.section.output");
        for (TalentOutput output : outputs.of(id)) {
            String funding = output.isMissingAcknowledgement() ? text(locale, "talent.output.missingAcknowledgement")
                    : output.isFunded() ? text(locale, "talent.output.fundedAcknowledged") : "";
            sheets.row(section, output.getAchievedOn(), text(locale, "talent.sheet.output",
                    label(locale, output.getKind()), output.getTitle(), label(locale, output.getLevel()),
                    output.getAuthorRank()), funding, output.getRecordedBy());
        }

        String finalSection = text(locale, "talent.sheet.section.final");
        finals.of(id).ifPresent(assessment -> sheets.row(finalSection, date(assessment.getDecidedAt()),
                String.join("\n",
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.innovation"),
                                assessment.getInnovation()),
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.results"),
                                assessment.getResults()),
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.service"),
                                assessment.getService()),
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.training"),
                                assessment.getTraining()),
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.team"), assessment.getTeam()),
                        text(locale, "talent.sheet.finding", text(locale, "talent.final.employerMeasures"),
                                assessment.getEmployerMeasures())),
                label(locale, assessment.getOutcome()), assessment.getDecidedBy()));

        section = text(locale, "talent.sheet.section.reminder");
        for (TalentReminder reminder : exits.remindersOf(id)) {
            sheets.row(section, reminder.getRemindedOn(), reminder.getNote(), "", reminder.getRecordedBy());
        }

        section = text(locale, "talent.sheet.section.exit");
        for (TalentExit exit : exits.of(id)) {
            sheets.row(section, date(exit.getProposedAt()), exit.getGround() == null
                    ? text(locale, "talent.sheet.finding", label(locale, exit.getKind()), exit.getReason())
                    : text(locale, "talent.sheet.exit", label(locale, exit.getKind()),
                            text(locale, exit.getGround().messageKey()), exit.getReason()),
                    exit.isOpen() ? text(locale, "talent.exit.open") : "", exit.getProposedBy());
            if (exit.getForwardedAt() != null) {
                sheets.row(section, date(exit.getForwardedAt()), text(locale, "talent.sheet.forwarded"), "",
                        exit.getForwardedBy());
            }
            if (exit.getDecidedAt() != null) {
                sheets.row(section, date(exit.getDecidedAt()),
                        exit.getDecisionReason() == null ? "" : exit.getDecisionReason(),
                        exit.getDecision() == null ? ""
                                : text(locale, "talent.exit.decision." + exit.getDecision().name()),
                        exit.getDecidedBy());
            }
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private String label(Locale locale, Labelled labelled) {
        return messages.getMessage(labelled.messageKey(), null, locale);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : instant.atZone(BusinessTime.ZONE).toLocalDate().toString();
    }

    /** Reports waiting for the reader: the employer's to grade, the unit's to confirm, the office's to file. */
    @GetMapping("/reports")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE')")
    String waiting(@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Page<YearlyReport> page = reports.waitingFor(Actor.of(user), pageable);
        model.addAttribute("page", page);
        model.addAttribute("people", peopleOf(page.getContent()));
        return "tracking/reports";
    }

    /** Active records whose cycle ends within the final assessment's window (the office's list). */
    @GetMapping("/final-assessments")
    @PreAuthorize("hasAnyRole('OFFICE', 'SUPERVISOR')")
    String finalAssessmentsDue(@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("page", records.dueForFinalAssessment(DataScope.of(user), pageable));
        model.addAttribute("categories", programs.categoryNames());
        return "tracking/final-assessments";
    }

    // ---- yearly reports -------------------------------------------------------------------------

    @PostMapping("/{id}/reports")
    @PreAuthorize("hasRole('APPLICANT')")
    String submitReport(@PathVariable long id, @RequestParam(defaultValue = "0") int cycleYear,
            @RequestParam(required = false) String progress, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedProgress", progress);
        return answers.redirect(page(id), redirect, "talent.report.submitted",
                () -> reports.submit(id, cycleYear, progress, Actor.of(user)));
    }

    @PostMapping("/reports/{reportId}/grade")
    @PreAuthorize("hasRole('EMPLOYER')")
    String grade(@PathVariable long reportId, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String opinion, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long id = reports.find(reportId, DataScope.of(user)).getTalentRecordId();
        return answers.redirect(page(id), redirect, "talent.report.graded",
                () -> reports.grade(reportId, grade, opinion, Actor.of(user)));
    }

    @PostMapping("/reports/{reportId}/{step:return|confirm|send-back|file}")
    @PreAuthorize("hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE')")
    String reportStep(@PathVariable long reportId, @PathVariable String step,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long id = reports.find(reportId, DataScope.of(user)).getTalentRecordId();
        Actor actor = Actor.of(user);
        return answers.redirect(page(id), redirect, "talent.report.done." + step, () -> {
            switch (step) {
                case "return" -> reports.returnReport(reportId, reason, actor);
                case "confirm" -> reports.confirm(reportId, actor);
                case "send-back" -> reports.sendBack(reportId, reason, actor);
                default -> reports.file(reportId, actor);
            }
        });
    }

    // ---- outputs --------------------------------------------------------------------------------

    @PostMapping("/{id}/outputs")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EMPLOYER')")
    String addOutput(@PathVariable long id, @ModelAttribute("outputForm") OutputForm form,
            @RequestParam(required = false) MultipartFile evidence, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id) + "#outputs", redirect, "talent.output.added", form,
                () -> outputs.add(id, form, evidence, Actor.of(user)));
    }

    @PersonalDataDownload("TALENT_EVIDENCE")
    @GetMapping("/{id}/outputs/{outputId}/evidence")
    @PreAuthorize(ANY_READER)
    ResponseEntity<Resource> outputEvidence(@PathVariable long id, @PathVariable long outputId,
            @AuthenticationPrincipal CurrentUser user) {
        Exits.Evidence evidence = outputs.evidence(id, outputId, DataScope.of(user));
        return Downloads.attachment(evidence.content(), evidence.fileName(), evidence.contentType());
    }

    // ---- reminders and exits --------------------------------------------------------------------

    @PostMapping("/{id}/reminders")
    @PreAuthorize("hasRole('EMPLOYER')")
    String remind(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate remindedOn,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id) + "#exits", redirect, "talent.reminder.recorded",
                () -> exits.remind(id, remindedOn, note, Actor.of(user)));
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('APPLICANT')")
    String requestWithdrawal(@PathVariable long id, @RequestParam(required = false) TalentExit.Ground ground,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "talent.withdrawal.requested",
                () -> exits.requestWithdrawal(id, ground, reason, Actor.of(user)));
    }

    @PostMapping("/{id}/withdrawal/cancel")
    @PreAuthorize("hasRole('APPLICANT')")
    String cancelWithdrawal(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "talent.withdrawal.cancelled",
                () -> exits.cancelWithdrawal(id, Actor.of(user)));
    }

    @PostMapping("/{id}/exit")
    @PreAuthorize("hasRole('EMPLOYER')")
    String proposeExit(@PathVariable long id, @RequestParam(required = false) ExitKind kind,
            @RequestParam(required = false) TalentExit.Ground ground, @RequestParam(required = false) String reason,
            @RequestParam(required = false) MultipartFile evidence, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        return answers.redirect(page(id) + "#exits", redirect, "talent.exit.proposed",
                () -> exits.propose(id, kind, ground, reason, evidence, Actor.of(user)));
    }

    @PostMapping("/{id}/exit/forward")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String forwardExit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "talent.exit.forwarded",
                () -> exits.forward(id, Actor.of(user)));
    }

    @PostMapping("/{id}/exit/return")
    @PreAuthorize("hasRole('RECOMMENDER')")
    String returnExit(@PathVariable long id, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return answers.redirect(page(id), redirect, "talent.exit.returned",
                () -> exits.returnProposal(id, reason, Actor.of(user)));
    }

    @PostMapping("/{id}/exit/decision")
    @PreAuthorize("hasRole('OFFICE')")
    String decideExit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        java.util.function.Supplier<Answers.Done> action = () -> new Answers.Done("talent.exit.decided",
                exits.decide(id, approve, reason, Actor.of(user)));
        return answers.redirect(page(id), redirect, (Object) null, action);
    }

    @PersonalDataDownload("TALENT_EVIDENCE")
    @GetMapping("/{id}/exits/{exitId}/evidence")
    @PreAuthorize(ANY_READER)
    ResponseEntity<Resource> exitEvidence(@PathVariable long id, @PathVariable long exitId,
            @AuthenticationPrincipal CurrentUser user) {
        Exits.Evidence evidence = exits.evidence(id, exitId, DataScope.of(user));
        return Downloads.attachment(evidence.content(), evidence.fileName(), evidence.contentType());
    }

    // ---- the final assessment -------------------------------------------------------------------

    @PostMapping("/{id}/final-assessment")
    @PreAuthorize("hasRole('OFFICE')")
    String assess(@PathVariable long id, @ModelAttribute("finalAssessmentForm") FinalAssessmentForm form,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        java.util.function.Supplier<Answers.Done> action = () -> new Answers.Done("talent.final.held",
                finals.assess(id, form, Actor.of(user)));
        return answers.redirect(page(id) + "#final", redirect, form, action);
    }

    private Map<Long, TalentRecord> peopleOf(List<YearlyReport> page) {
        return records.byIds(page.stream().map(YearlyReport::getTalentRecordId).distinct().toList());
    }

    private static String page(long id) {
        return "/talents/" + id;
    }
}
