package cn.gov.talent.tracking;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
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

import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.Region;
import cn.gov.talent.program.Discipline;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.TitleLevel;
import cn.gov.talent.shared.PersonalDataDownload;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.IdNumber;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
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

    /** The units: the 人选信息库's export is theirs (a person prints their own 考绩档案). */
    static final String UNIT_READER = "hasAnyRole('EMPLOYER', 'RECOMMENDER', 'OFFICE', 'SUPERVISOR')";

    private final TalentRecords records;
    private final YearlyReports reports;
    private final Outputs outputs;
    private final Exits exits;
    private final FinalAssessments finals;
    private final Programs programs;
    private final Organization organization;
    private final TalentDatabaseExport export;
    private final Answers answers;
    private final MessageSource messages;

    /** The 考绩档案's columns in Excel: one row per item. */
    private static final String[] FILE_COLUMNS = {"talent.sheet.section", "talent.sheet.date", "talent.sheet.what",
            "talent.sheet.result", "talent.sheet.by"};

    TalentController(TalentRecords records, YearlyReports reports, Outputs outputs, Exits exits,
            FinalAssessments finals, Programs programs, Organization organization, TalentDatabaseExport export,
            Answers answers, MessageSource messages) {
        this.organization = organization;
        this.export = export;
        this.records = records;
        this.reports = reports;
        this.outputs = outputs;
        this.exits = exits;
        this.finals = finals;
        this.programs = programs;
        this.answers = answers;
        this.messages = messages;
    }

    /**
     * The list of the reader's people; for the units (the office, the supervisor, recommending units within
     * their subtree, employers their own people) the 人选信息库: every record of every program and year,
     * filtered, sorted by a whitelisted column and paged in SQL, the filters kept in the address. A typed ID
     * number never stays in the address: it comes back at once as its keyed hash (office and supervisor) or
     * is dropped (anyone else, for whom it is ignored); a malformed one is refused with a message.
     */
    @GetMapping
    @PreAuthorize(ANY_READER)
    String list(@ModelAttribute("filter") TalentFilter filter, @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        String clean = withoutTypedIdNumber("/talents", request, user, redirect);
        if (clean != null) {
            return "redirect:" + clean;
        }
        DataScope scope = DataScope.of(user);
        if (!searchesByIdNumber(user)) {
            filter.setIdHash(null);
        }
        if (filter.getAgeOn() == null) {
            filter.setAgeOn(records.today());
        }
        List<Program> programList = programs.programsWithCategories();
        Map<Long, String> categories = new java.util.HashMap<>();
        programList.forEach(program -> program.getCategories()
                .forEach(category -> categories.put(category.getId(), category.getName())));
        model.addAttribute("page", records.search(scope, filter, pageable));
        model.addAttribute("statuses", TalentStatus.values());
        model.addAttribute("programs", programList);
        model.addAttribute("categories", categories);
        boolean database = scope.kind() != DataScope.Kind.OWN && scope.kind() != DataScope.Kind.NONE;
        model.addAttribute("database", database);
        if (database) {
            boolean units = scope.kind() == DataScope.Kind.ALL || scope.kind() == DataScope.Kind.SUBTREE;
            model.addAttribute("idSearch", searchesByIdNumber(user));
            model.addAttribute("unitFilters", units);
            model.addAttribute("recommenders", units ? records.recommendersIn(scope) : List.of());
            List<Discipline> disciplines = programs.disciplines();
            model.addAttribute("disciplines", disciplines);
            model.addAttribute("disciplineNames", disciplines.stream().collect(java.util.stream.Collectors.toMap(
                    Discipline::getCode, discipline -> discipline.label(messages, locale))));
            model.addAttribute("disciplineGroups", disciplines.stream().map(Discipline::getGroupName).distinct()
                    .toList());
            model.addAttribute("provinces", organization.provinces());
            model.addAttribute("regions", Region.values());
            model.addAttribute("titles", TitleLevel.values());
            model.addAttribute("genders", Gender.values());
            model.addAttribute("ageBands", AgeBand.values());
            model.addAttribute("grades", Grade.values());
            model.addAttribute("sortLinks", sortLinks(filter, request));
            model.addAttribute("exportQuery", query(request, Set.of("page", "lang", "_csrf", "idNumber")));
        }
        return "tracking/list";
    }

    /**
     * The 人选信息库 as Excel: the same scope, filters and order as the page, every row, the ID number masked.
     * A typed ID number is turned into its hash (or dropped) by a redirect first, as on the page, so the
     * download audit never holds a number.
     */
    @PersonalDataDownload("TALENT_DATABASE")
    @GetMapping("/export.xlsx")
    @PreAuthorize(UNIT_READER)
    void export(@ModelAttribute("filter") TalentFilter filter, @AuthenticationPrincipal CurrentUser user,
            Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String clean = withoutTypedIdNumber("/talents/export.xlsx", request, user, null);
        if (clean != null) {
            response.sendRedirect(clean);
            return;
        }
        if (!searchesByIdNumber(user)) {
            filter.setIdHash(null);
        }
        export.write(DataScope.of(user), filter, locale,
                Downloads.xlsx(response, text(locale, "talent.database.fileName")));
    }

    /** Only the office and the supervisor look a person up by ID number (ADR 0022's table, ADR 0030). */
    private static boolean searchesByIdNumber(CurrentUser user) {
        return user.has(Role.OFFICE) || user.has(Role.SUPERVISOR);
    }

    /**
     * The address to go to instead when a typed ID number came with the request: the same query with the
     * number replaced by its keyed hash for the office and the supervisor, or left out for anyone else (and,
     * on the page, for a malformed number, with a message); null when no number was typed.
     */
    private String withoutTypedIdNumber(String path, HttpServletRequest request, CurrentUser user,
            RedirectAttributes redirect) {
        String typed = request.getParameter("idNumber");
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String query = query(request, Set.of("page", "lang", "_csrf", "idNumber", "idHash"));
        String hash = null;
        if (!typed.isBlank() && searchesByIdNumber(user)) {
            if (IdNumber.isValid(typed, records.today())) {
                hash = records.idHashOf(typed);
            } else if (redirect != null) {
                answers.refused(redirect, Refusal.onField("idNumber", "talent.filter.idNumber.invalid"));
            }
        }
        if (hash != null) {
            query = (query.isEmpty() ? "" : query + "&") + "idHash=" + URLEncoder.encode(hash, StandardCharsets.UTF_8);
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The request's query without these parameters and without empty ones, form-encoded: a plus sign (the
     * keyed hash is base64) is sent as %2B, since a server reads a bare one in a query as a space.
     */
    private static String query(HttpServletRequest request, Set<String> without) {
        return request.getParameterMap().entrySet().stream().filter(entry -> !without.contains(entry.getKey()))
                .flatMap(entry -> java.util.Arrays.stream(entry.getValue())
                        .filter(value -> !value.isEmpty())
                        .map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** A sortable column's link (the same filters, this column, the direction a click gives) and its state. */
    record SortLink(String href, String ariaSort) {
    }

    /**
     * Each sortable column's link and state: the column the list is sorted by shows its direction and turns
     * it over when clicked; another column sorts ascending. Without a choice the list is the newest year first.
     */
    private static Map<String, SortLink> sortLinks(TalentFilter filter, HttpServletRequest request) {
        String base = query(request, Set.of("page", "lang", "_csrf", "idNumber", "order", "dir"));
        TalentOrder current = filter.getOrder() == null ? TalentOrder.YEAR : filter.getOrder();
        boolean descending = filter.getOrder() == null || filter.isDescending();
        Map<String, SortLink> links = new java.util.LinkedHashMap<>();
        for (TalentOrder order : TalentOrder.values()) {
            boolean sorted = order == current;
            String dir = sorted && !descending ? "desc" : "asc";
            String href = "/talents?" + (base.isEmpty() ? "" : base + "&") + "order=" + order.name() + "&dir=" + dir;
            links.put(order.name(), new SortLink(href, sorted ? (descending ? "descending" : "ascending") : "none"));
        }
        return links;
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
