package cn.gov.talent.application;

import static cn.gov.talent.application.ApplicationStatus.*;
import static cn.gov.talent.application.WorkflowEvent.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.StringUtils;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;

/**
 * 申报状态机: the application lifecycle of DOMAIN.md as one table. A row says from which state an
 * event leads to which, who may cause it, what must hold, and whether a reason is required.
 * Anything not in the table is refused. The table is the documentation: docs/architecture.md
 * draws it, and the unit test walks every pair of state and event.
 */
public final class ApplicationWorkflow {

    /** One allowed transition. {@code actor} null means the system itself (e.g. the last review came in). */
    public record Transition(ApplicationStatus from, WorkflowEvent event, ApplicationStatus to, Role actor,
            Guard guard, boolean reasonRequired) {
    }

    private static final List<Transition> TABLE;

    static {
        var table = new ArrayList<Transition>();
        table.add(new Transition(DRAFT, SUBMIT, SUBMITTED, Role.APPLICANT, Guard.ELIGIBLE_OR_EXCEPTION_REQUESTED, false));
        table.add(new Transition(SUBMITTED, RETURN, RETURNED, Role.EMPLOYER, Guard.NONE, true));
        table.add(new Transition(RETURNED, RESUBMIT, SUBMITTED, Role.APPLICANT, Guard.ELIGIBLE_OR_EXCEPTION_REQUESTED, false));
        // the employer's opinion (单位意见) is the endorsement's reason: required, and printed on the 申报表
        table.add(new Transition(SUBMITTED, ENDORSE, ENDORSED, Role.EMPLOYER, Guard.NONE, true));
        table.add(new Transition(SUBMITTED, REJECT, REJECTED, Role.EMPLOYER, Guard.NONE, true));
        // the quota is taken by a conditional update before this transition, not guarded here (ADR 0012)
        table.add(new Transition(ENDORSED, NOMINATE, NOMINATED, Role.RECOMMENDER, Guard.NONE, false));
        table.add(new Transition(ENDORSED, DECLINE, NOT_NOMINATED, Role.RECOMMENDER, Guard.NONE, true));
        table.add(new Transition(ENDORSED, RETURN_TO_EMPLOYER, SUBMITTED, Role.RECOMMENDER, Guard.NONE, true));
        table.add(new Transition(NOMINATED, FORWARD, FORWARDED, Role.RECOMMENDER, Guard.LOCAL_NOTICE_CONFIRMED, false));
        table.add(new Transition(FORWARDED, PASS_FORMAL_REVIEW, QUALIFIED, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(FORWARDED, FAIL_FORMAL_REVIEW, DISQUALIFIED, Role.OFFICE, Guard.NONE, true));
        table.add(new Transition(QUALIFIED, ASSIGN_EXPERTS, IN_REVIEW, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(IN_REVIEW, COMPLETE_REVIEWS, REVIEWED, null, Guard.ALL_REVIEWS_SUBMITTED, false));
        // a later review round (会议评审、答辩) takes the best of the earlier one back into review (ADR 0013)
        table.add(new Transition(REVIEWED, ASSIGN_EXPERTS, IN_REVIEW, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(REVIEWED, PROPOSE, PROPOSED, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(REVIEWED, LEAVE_OFF, NOT_SELECTED, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(PROPOSED, START_NOTICE, IN_NOTICE, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(IN_NOTICE, APPROVE, APPROVED, Role.OFFICE, Guard.NOTICE_OVER_WITHOUT_OPEN_OBJECTION, false));
        table.add(new Transition(IN_NOTICE, UPHOLD_OBJECTION, REMOVED, Role.OFFICE, Guard.NONE, true));
        table.add(new Transition(APPROVED, PUBLISH, SELECTED, Role.OFFICE, Guard.NONE, false));
        for (ApplicationStatus from : List.of(DRAFT, SUBMITTED, RETURNED, ENDORSED, NOMINATED)) {
            table.add(new Transition(from, WITHDRAW, WITHDRAWN, Role.APPLICANT, Guard.NONE, false));
        }
        TABLE = Collections.unmodifiableList(table);
    }

    private ApplicationWorkflow() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    public static Optional<Transition> find(ApplicationStatus from, WorkflowEvent event) {
        return TABLE.stream().filter(row -> row.from() == from && row.event() == event).findFirst();
    }

    /**
     * Decides a transition, or refuses it with the reason. Checks, in order: the row exists, the
     * actor holds its role (the system only for system rows), a reason is given where required (for
     * an endorsement, the employer's opinion), and the guard holds.
     */
    public static Transition decide(ApplicationStatus from, WorkflowEvent event, Actor actor, String reason,
            TransitionFacts facts) {
        Transition row = find(from, event)
                .orElseThrow(() -> new TransitionRefused("workflow.refused.notAllowed", from, event));
        boolean actorFits = row.actor() == null ? actor.isSystem() : actor.has(row.actor());
        if (!actorFits) {
            throw new TransitionRefused("workflow.refused.wrongActor", from, event, row.actor());
        }
        if (row.reasonRequired() && !StringUtils.hasText(reason)) {
            throw new TransitionRefused(event == ENDORSE ? "workflow.refused.opinionRequired"
                    : "workflow.refused.reasonRequired", from, event);
        }
        if (!row.guard().holds(facts)) {
            throw new TransitionRefused("workflow.refused.guard", from, event, row.guard());
        }
        return row;
    }

    /** Whether the applicant may still change the dossier: the states from which it is (re)submitted. */
    public static boolean isEditable(ApplicationStatus status) {
        return TABLE.stream().anyMatch(row -> row.from() == status && row.actor() == Role.APPLICANT
                && row.to() == ApplicationStatus.SUBMITTED);
    }

    /** Every event a role may cause from some state: what a page of that role may ask for at all. */
    public static Set<WorkflowEvent> eventsOf(Role role) {
        Set<WorkflowEvent> events = EnumSet.noneOf(WorkflowEvent.class);
        TABLE.stream().filter(row -> row.actor() == role).forEach(row -> events.add(row.event()));
        return events;
    }

    /** The events a holder of these roles could cause from a state (guards not yet checked). */
    public static Set<WorkflowEvent> eventsFor(ApplicationStatus from, Set<Role> roles) {
        Set<WorkflowEvent> events = EnumSet.noneOf(WorkflowEvent.class);
        TABLE.stream().filter(row -> row.from() == from && row.actor() != null && roles.contains(row.actor()))
                .forEach(row -> events.add(row.event()));
        return events;
    }
}
