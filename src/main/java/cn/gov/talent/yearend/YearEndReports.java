package cn.gov.talent.yearend;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditRecord;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.notification.Notifications;
import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.NotFound;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.yearend.YearEndFigures.Line;
import cn.gov.talent.yearend.YearEndFigures.Person;
import tools.jackson.databind.json.JsonMapper;

/**
 * 年度统计报送 (000 Jiangxi §四(二)): the office opens the year's report with its deadline (one a year, every
 * recommending unit told); each recommending unit sees its figures computed from the records of its subtree,
 * saves its remarks and submits, which freezes the figures as a snapshot (ADR 0032); the office returns a
 * report with the reason, reopens one after the deadline for a unit, reminds the units that have not
 * submitted, and reads the province's consolidated report from the snapshots. Every step follows
 * {@link YearEndFlow}, locks the unit's report, is audited (subject YEAR_END_REPORT, or YEAR_END_ROUND for the
 * year's opening and the reminders) and tells whoever acts next. A unit's report is found only within the
 * reader's data scope (another unit's: 404).
 */
@Service
public class YearEndReports {

    static final int REMARKS_MAX = 2000;

    static final int REASON_MAX = 1000;

    private final YearEndRoundRepository rounds;
    private final YearEndReportRepository reports;
    private final YearEndCounts counts;
    private final Organization organization;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    YearEndReports(YearEndRoundRepository rounds, YearEndReportRepository reports, YearEndCounts counts,
            Organization organization, Accounts accounts, Notifications notifications, AuditTrail audit,
            JsonMapper json, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.counts = counts;
        this.organization = organization;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A unit's report as its reader sees it: the year, the unit, its row (null before anything was saved), its
     * state, the figures (frozen as submitted, else computed now), whether it is overdue, and the steps the
     * reader may take (guards not yet checked).
     */
    public record UnitReport(YearEndRound round, UnitNode unit, YearEndReport report, YearEndStatus status,
            YearEndFigures figures, boolean frozen, boolean overdue, Set<YearEndEvent> events) {
    }

    /** A unit of the office's overview: its state, when it submitted, whether overdue, and its figures. */
    public record UnitRow(UnitNode unit, YearEndStatus status, Instant submittedAt, boolean overdue,
            LocalDate reopenedUntil, YearEndFigures figures, boolean frozen) {
    }

    /** A submitted report in the consolidated one: the unit, when, its remarks and its frozen figures. */
    public record Submitted(String unitName, Instant submittedAt, String remarks, YearEndFigures figures) {
    }

    /** A person behind a figure, with the unit that reported them. */
    public record UnitPerson(String unitName, Person person) {
    }

    /**
     * The province's consolidated report: the year, every unit's state, the submitted reports, their totals
     * (summed from the snapshots) and the people they name.
     */
    public record Consolidated(YearEndRound round, List<UnitRow> units, List<Submitted> submitted,
            YearEndFigures total, List<UnitPerson> people) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<YearEndRound> rounds() {
        return rounds.findAllByOrderByYearDesc();
    }

    /** The year's report, or 404. */
    @Transactional(readOnly = true)
    public YearEndRound round(int year) {
        return rounds.findByYear(year).orElseThrow(() -> new NotFound("year-end report " + year));
    }

    /** The office opens the year's report: once a year, the deadline not in the past; every recommending unit is told. */
    @Transactional
    public YearEndRound open(Integer year, LocalDate deadline, Actor actor) {
        if (!actor.has(Role.OFFICE)) {
            throw new Refusal("yearend.refused.officeOnly");
        }
        LocalDate today = today();
        List<Refusal.Problem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(new Refusal.Problem("year", "yearend.open.yearRequired", null));
        } else if (year < 2000 || year > today.getYear()) {
            problems.add(new Refusal.Problem("year", "yearend.open.yearRange", new Object[] {2000, today.getYear()}));
        } else if (rounds.existsByYear(year)) {
            problems.add(new Refusal.Problem("year", "yearend.open.exists", new Object[] {year}));
        }
        if (deadline == null) {
            problems.add(new Refusal.Problem("deadline", "yearend.open.deadlineRequired", null));
        } else if (deadline.isBefore(today)) {
            problems.add(new Refusal.Problem("deadline", "yearend.open.deadlinePast", new Object[] {today}));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        YearEndRound round = rounds.saveAndFlush(new YearEndRound(year, deadline, actor.username(), clock.instant()));
        audit.record(AuditEntry.of(actor, "YEAR_END_ROUND", round.getId(), String.valueOf(year), "OPEN_YEAR_END")
                .withNote("yearend.audit.opened", year, deadline));
        notifications.send(accounts.userIdsWithRole(Role.RECOMMENDER), "notification.yearend.opened",
                String.valueOf(year), "/yearend/" + year);
        return round;
    }

    /** A unit's report, for a reader whose scope covers the unit (a recommending unit its own); 404 otherwise. */
    @Transactional(readOnly = true)
    public UnitReport unitReport(int year, long unitId, Actor actor) {
        YearEndRound round = round(year);
        UnitNode unit = visibleUnit(unitId, actor.scope());
        Optional<YearEndReport> report = reports.findByRoundIdAndUnitId(round.getId(), unitId);
        YearEndStatus status = report.map(YearEndReport::getStatus).orElse(YearEndStatus.NOT_STARTED);
        boolean frozen = status == YearEndStatus.SUBMITTED;
        YearEndFigures figures = frozen ? read(report.get().getSnapshot()) : counts.of(unit.path(), year, null);
        return new UnitReport(round, unit, report.orElse(null), status, figures, frozen,
                overdue(round, status, report.orElse(null)), YearEndFlow.eventsFor(status, actor.roles()));
    }

    /** The audit trail of a unit's report (empty before anything was saved). */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(YearEndReport report) {
        return report == null ? List.of() : audit.historyOf("YEAR_END_REPORT", report.getId());
    }

    /**
     * Every recommending unit's state for the year, with its figures (frozen as submitted, else computed now),
     * in tree order: a constant number of statements whatever the number of units or records.
     */
    @Transactional(readOnly = true)
    public List<UnitRow> overview(int year) {
        return overview(round(year), true);
    }

    private List<UnitRow> overview(YearEndRound round, boolean withFigures) {
        List<UnitNode> units = recommendingUnits();
        Map<Long, YearEndReport> byUnit = new HashMap<>();
        reports.findByRoundId(round.getId()).forEach(report -> byUnit.put(report.getUnitId(), report));
        List<String> live = units.stream().filter(unit -> !submitted(byUnit.get(unit.id()))).map(UnitNode::path)
                .toList();
        Map<String, YearEndFigures> computed = withFigures ? counts.of(live, round.getYear()) : Map.of();
        List<UnitRow> rows = new ArrayList<>();
        for (UnitNode unit : units) {
            YearEndReport report = byUnit.get(unit.id());
            YearEndStatus status = report == null ? YearEndStatus.NOT_STARTED : report.getStatus();
            boolean frozen = status == YearEndStatus.SUBMITTED;
            YearEndFigures figures = !withFigures ? null
                    : frozen ? read(report.getSnapshot()) : computed.get(unit.path());
            rows.add(new UnitRow(unit, status, report == null ? null : report.getSubmittedAt(),
                    overdue(round, status, report), report == null ? null : report.getReopenedUntil(), figures,
                    frozen));
        }
        return rows;
    }

    /** The unit saves its remarks. */
    @Transactional
    public void save(int year, long unitId, String remarks, Actor actor) {
        YearEndRound round = round(year);
        UnitNode unit = visibleUnit(unitId, actor.scope());
        String text = remarks(remarks);
        fire(round, unit, YearEndEvent.SAVE_YEAR_END, actor, null, null, report -> report.saveRemarks(text));
    }

    /** The unit submits: its figures computed now are frozen with the remarks; the office is told. */
    @Transactional
    public void submit(int year, long unitId, String remarks, Actor actor) {
        YearEndRound round = round(year);
        UnitNode unit = visibleUnit(unitId, actor.scope());
        String text = remarks(remarks);
        // counted before the row changes: the counting statements flush the session; each transfer marked when
        // its other end reports too (the province's total counts such a move once)
        List<String> reporting = recommendingUnits().stream().map(UnitNode::path).toList();
        String snapshot = write(counts.of(unit.path(), year, reporting));
        fire(round, unit, YearEndEvent.SUBMIT_YEAR_END, actor, null, null, report -> {
            report.saveRemarks(text);
            report.freeze(snapshot, actor.username(), clock.instant());
        });
    }

    /** The office returns a submitted report with the reason; the unit is told. */
    @Transactional
    public void returnReport(int year, long unitId, String reason, Actor actor) {
        YearEndRound round = round(year);
        UnitNode unit = visibleUnit(unitId, actor.scope());
        if (StringUtils.hasText(reason) && reason.strip().length() > REASON_MAX) {
            throw Refusal.onField("reason", "yearend.text.tooLong", REASON_MAX);
        }
        String text = reason == null ? null : reason.strip();
        fire(round, unit, YearEndEvent.RETURN_YEAR_END, actor, text, null, report -> report.returnWith(text));
    }

    /** After the deadline, the office reopens a unit's report not submitted, until a day not in the past. */
    @Transactional
    public void reopen(int year, long unitId, LocalDate until, Actor actor) {
        YearEndRound round = round(year);
        UnitNode unit = visibleUnit(unitId, actor.scope());
        if (until == null) {
            throw Refusal.onField("until", "yearend.reopen.untilRequired");
        }
        if (until.isBefore(today())) {
            throw Refusal.onField("until", "yearend.reopen.untilPast", today());
        }
        fire(round, unit, YearEndEvent.REOPEN_YEAR_END, actor, null, until, report -> report.reopenUntil(until));
    }

    /** The office reminds every unit that has not submitted; returns how many units were reminded. */
    @Transactional
    public int remind(int year, Actor actor) {
        if (!actor.has(Role.OFFICE)) {
            throw new Refusal("yearend.refused.officeOnly");
        }
        YearEndRound round = round(year);
        List<UnitRow> waiting = overview(round, false).stream().filter(row -> row.status() != YearEndStatus.SUBMITTED)
                .toList();
        if (waiting.isEmpty()) {
            throw new Refusal("yearend.remind.none");
        }
        // the officers of every unit waiting, in one query
        Map<Long, List<Long>> officers = accounts.userIdsIn(waiting.stream().map(row -> row.unit().id()).toList(),
                Role.RECOMMENDER);
        for (UnitRow row : waiting) {
            notifications.send(officers.getOrDefault(row.unit().id(), List.of()), "notification.yearend.reminder",
                    label(year, row.unit().name()), page(year, row.unit().id()));
        }
        audit.record(AuditEntry.of(actor, "YEAR_END_ROUND", round.getId(), String.valueOf(year), "REMIND_YEAR_END")
                .withNote("yearend.audit.reminded", waiting.size(),
                        AuditEntry.names(waiting.stream().map(row -> row.unit().name()).toList())));
        return waiting.size();
    }

    /** The province's consolidated report, read from the snapshots of the submitted reports. */
    @Transactional(readOnly = true)
    public Consolidated consolidated(int year) {
        YearEndRound round = round(year);
        List<UnitRow> units = overview(round, false);
        List<Submitted> submitted = new ArrayList<>();
        List<UnitPerson> people = new ArrayList<>();
        for (YearEndReport report : reports.findByRoundIdAndStatusOrderByUnitPath(round.getId(),
                YearEndStatus.SUBMITTED)) {
            YearEndFigures figures = read(report.getSnapshot());
            submitted.add(new Submitted(report.getUnitName(), report.getSubmittedAt(), report.getRemarks(), figures));
            figures.people().forEach(person -> people.add(new UnitPerson(report.getUnitName(), person)));
        }
        // the units in tree order, as in the overview
        Map<String, Integer> order = new LinkedHashMap<>();
        units.forEach(row -> order.put(row.unit().name(), order.size()));
        submitted.sort(java.util.Comparator.comparing(unit -> order.getOrDefault(unit.unitName(), Integer.MAX_VALUE)));
        return new Consolidated(round, units, submitted, total(year, submitted), people);
    }

    // ---- inside ---------------------------------------------------------------------------------

    /** A recommending unit the reader may see: the office and the supervisor any, a recommending unit its own. */
    private UnitNode visibleUnit(long unitId, DataScope scope) {
        return organization.unit(unitId).filter(unit -> unit.kind() == UnitKind.RECOMMENDER)
                .filter(unit -> scope.kind() == DataScope.Kind.ALL
                        || scope.kind() == DataScope.Kind.SUBTREE && unit.path().startsWith(scope.unitPath()))
                .orElseThrow(() -> new NotFound("unit " + unitId));
    }

    private List<UnitNode> recommendingUnits() {
        return organization.tree().stream().filter(unit -> unit.kind() == UnitKind.RECOMMENDER && unit.active())
                .toList();
    }

    /**
     * Decides the step on the unit's report, locked (made when it has no row yet), applies what the step
     * records on the row before its state changes (the row is consistent at every flush), audits it and tells
     * the next actor.
     */
    private YearEndReport fire(YearEndRound round, UnitNode unit, YearEndEvent event, Actor actor, String reason,
            LocalDate until, java.util.function.Consumer<YearEndReport> record) {
        LocalDate today = today();
        Optional<YearEndReport> existing = reports.findLockedByRoundIdAndUnitId(round.getId(), unit.id());
        YearEndStatus from = existing.map(YearEndReport::getStatus).orElse(YearEndStatus.NOT_STARTED);
        var facts = new YearEndFlow.Facts(round.pastDeadline(today),
                existing.map(report -> report.reopenedOn(today)).orElse(false));
        YearEndFlow.Transition row = YearEndFlow.decide(from, event, actor.roles(), reason, facts);
        YearEndReport report = existing.orElseGet(() -> reports.saveAndFlush(new YearEndReport(round.getId(),
                unit.id(), unit.name(), unit.path(), clock.instant())));
        record.accept(report);
        report.changeStatus(row.to(), clock.instant());
        AuditEntry entry = new AuditEntry(actor, "YEAR_END_REPORT", report.getId(), label(round.getYear(),
                unit.name()), event.name(), from.name(), row.to().name(), reason);
        audit.record(until == null ? entry : entry.withNote("yearend.audit.reopened", until));
        switch (event) {
            case SUBMIT_YEAR_END -> notifications.send(accounts.userIdsWithRole(Role.OFFICE),
                    "notification.yearend.SUBMITTED", label(round.getYear(), unit.name()),
                    page(round.getYear(), unit.id()));
            case RETURN_YEAR_END -> notifications.send(accounts.userIdsIn(unit.id(), Role.RECOMMENDER),
                    "notification.yearend.RETURNED", label(round.getYear(), unit.name()),
                    page(round.getYear(), unit.id()));
            case REOPEN_YEAR_END -> notifications.send(accounts.userIdsIn(unit.id(), Role.RECOMMENDER),
                    "notification.yearend.reopened", label(round.getYear(), unit.name()),
                    page(round.getYear(), unit.id()));
            case SAVE_YEAR_END -> {
                // a draft is the unit's own: nobody else acts on it
            }
        }
        return report;
    }

    private boolean overdue(YearEndRound round, YearEndStatus status, YearEndReport report) {
        LocalDate today = today();
        return status != YearEndStatus.SUBMITTED && status != YearEndStatus.RETURNED && round.pastDeadline(today)
                && (report == null || !report.reopenedOn(today));
    }

    private static boolean submitted(YearEndReport report) {
        return report != null && report.getStatus() == YearEndStatus.SUBMITTED;
    }

    private static String remarks(String typed) {
        if (!StringUtils.hasText(typed)) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > REMARKS_MAX) {
            throw Refusal.onField("remarks", "yearend.text.tooLong", REMARKS_MAX);
        }
        return text;
    }

    /**
     * The sum of the submitted reports' figures, line by line, except the transfers between two units that
     * report: those leave neither the province nor come into it, so they are taken out of the transfers in and
     * out and counted once as moves between units (TRANSFERRED_WITHIN), whether one or both of their units
     * reported them. Each unit's own figures keep them as in and out.
     */
    private static YearEndFigures total(int year, List<Submitted> submitted) {
        List<YearEndFigures> all = submitted.stream().map(Submitted::figures).toList();
        // by tier (national, provincial): the moves between units reported as in and as out, and each move once
        long[] in = new long[2];
        long[] out = new long[2];
        List<Set<String>> moves = List.of(new HashSet<>(), new HashSet<>());
        for (YearEndFigures figures : all) {
            for (Person person : figures.peopleOf(YearEndFigures.CHANGES)) {
                if (!Boolean.TRUE.equals(person.betweenUnits())) {
                    continue;
                }
                int tier = "NATIONAL".equals(person.tier()) ? 0 : 1;
                if (person.key().equals("TRANSFERRED_IN")) {
                    in[tier]++;
                } else if (person.key().equals("TRANSFERRED_OUT")) {
                    out[tier]++;
                }
                moves.get(tier).add(person.transferId() != null ? "T" + person.transferId()
                        : person.certificateNo() + "|" + person.on() + "|" + person.detail());
            }
        }
        List<Line> changes = new ArrayList<>();
        for (Line line : sum(all, YearEndFigures.CHANGES, YearEndFigures.CHANGE_KEYS)) {
            long[] within = switch (line.key()) {
                case "TRANSFERRED_IN" -> in;
                case "TRANSFERRED_OUT" -> out;
                default -> new long[2];
            };
            changes.add(new Line(line.key(), line.label(), Math.max(0, line.national() - within[0]),
                    Math.max(0, line.provincial() - within[1])));
        }
        changes.add(new Line(YearEndFigures.TRANSFERRED_WITHIN,
                YearEndFigures.label(YearEndFigures.CHANGES, YearEndFigures.TRANSFERRED_WITHIN), moves.get(0).size(),
                moves.get(1).size()));
        return new YearEndFigures(year, List.copyOf(changes),
                sum(all, YearEndFigures.GRADES, YearEndFigures.GRADE_KEYS),
                sum(all, YearEndFigures.FINALS, YearEndFigures.FINAL_KEYS),
                sum(all, YearEndFigures.HONOURS, YearEndFigures.HONOUR_KEYS), List.of());
    }

    private static List<Line> sum(List<YearEndFigures> all, String section, List<String> keys) {
        return keys.stream().map(key -> {
            long national = 0;
            long provincial = 0;
            for (YearEndFigures figures : all) {
                Line line = figures.line(section, key);
                national += line.national();
                provincial += line.provincial();
            }
            return new Line(key, YearEndFigures.label(section, key), national, provincial);
        }).toList();
    }

    private String write(YearEndFigures figures) {
        return json.writeValueAsString(figures);
    }

    private YearEndFigures read(String snapshot) {
        return json.readValue(snapshot, YearEndFigures.class);
    }

    static String label(int year, String unitName) {
        return year + " " + unitName;
    }

    static String page(int year, long unitId) {
        return "/yearend/" + year + "/units/" + unitId;
    }
}
