package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.ReportEvent.*;
import static cn.gov.talent.tracking.ReportStatus.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.StringUtils;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * 年度考核: a yearly report's way as one table (000: once a year, 德、能、勤、绩). The person submits
 * (the report is created SUBMITTED); the employer grades it or returns it for more; the recommending
 * unit confirms the grade or sends it back to the employer; the office files it in the 考绩档案.
 */
public final class YearlyReportFlow {

    /** One allowed step. */
    public record Step(ReportStatus from, ReportEvent event, ReportStatus to, Role actor, boolean reasonRequired) {
    }

    private static final List<Step> TABLE = Collections.unmodifiableList(List.of(
            new Step(RETURNED, RESUBMIT, SUBMITTED, Role.APPLICANT, false),
            new Step(SUBMITTED, GRADE, GRADED, Role.EMPLOYER, false),
            new Step(SUBMITTED, RETURN, RETURNED, Role.EMPLOYER, true),
            new Step(GRADED, CONFIRM, CONFIRMED, Role.RECOMMENDER, false),
            new Step(GRADED, SEND_BACK, SUBMITTED, Role.RECOMMENDER, true),
            new Step(CONFIRMED, FILE, FILED, Role.OFFICE, false)));

    private YearlyReportFlow() {
    }

    public static List<Step> table() {
        return TABLE;
    }

    public static Optional<Step> find(ReportStatus from, ReportEvent event) {
        return TABLE.stream().filter(step -> step.from() == from && step.event() == event).findFirst();
    }

    /** Decides a step or refuses it: the row exists, the actor holds its role, a reason where required. */
    public static Step decide(ReportStatus from, ReportEvent event, Actor actor, String reason) {
        Step step = find(from, event).orElseThrow(() -> new Refusal("talent.report.refused.notAllowed", from, event));
        if (!actor.has(step.actor())) {
            throw new Refusal("talent.report.refused.wrongActor", event);
        }
        if (step.reasonRequired() && !StringUtils.hasText(reason)) {
            throw Refusal.onField("reason", "talent.refused.reasonRequired");
        }
        return step;
    }

    /** The steps a holder of these roles could take from a state. */
    public static Set<ReportEvent> eventsFor(ReportStatus from, Set<Role> roles) {
        Set<ReportEvent> events = EnumSet.noneOf(ReportEvent.class);
        TABLE.stream().filter(step -> step.from() == from && roles.contains(step.actor()))
                .forEach(step -> events.add(step.event()));
        return events;
    }
}
