package cn.gov.talent.yearend;

import static cn.gov.talent.yearend.YearEndEvent.REOPEN_YEAR_END;
import static cn.gov.talent.yearend.YearEndEvent.RETURN_YEAR_END;
import static cn.gov.talent.yearend.YearEndEvent.SAVE_YEAR_END;
import static cn.gov.talent.yearend.YearEndEvent.SUBMIT_YEAR_END;
import static cn.gov.talent.yearend.YearEndStatus.DRAFT;
import static cn.gov.talent.yearend.YearEndStatus.NOT_STARTED;
import static cn.gov.talent.yearend.YearEndStatus.RETURNED;
import static cn.gov.talent.yearend.YearEndStatus.SUBMITTED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.StringUtils;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * A recommending unit's year-end report (年度统计报送) as one table: the unit saves its remarks and submits by
 * the deadline (after it only once the office reopened the report for the unit); the office returns a
 * submitted report with the reason and the unit submits it again (the office asked for it: no deadline). A
 * row says from which state an event leads to which, which role takes it, what must hold and whether a reason
 * is required; anything not in the table is refused. The unit test walks every pair of state and event;
 * docs/architecture.md draws it.
 */
public final class YearEndFlow {

    /** What must hold besides the row. */
    public enum Guard {
        NONE,
        /** On or before the deadline, or within the days the office reopened the report for the unit. */
        BY_DEADLINE,
        /** The deadline has passed (reopening before it would change nothing). */
        PAST_DEADLINE;

        boolean holds(Facts facts) {
            return switch (this) {
                case NONE -> true;
                case BY_DEADLINE -> !facts.pastDeadline() || facts.reopened();
                case PAST_DEADLINE -> facts.pastDeadline();
            };
        }
    }

    /** What the guards look at: whether today is after the deadline, and whether the report is reopened today. */
    public record Facts(boolean pastDeadline, boolean reopened) {

        public static final Facts IN_TIME = new Facts(false, false);
    }

    /** One allowed transition. */
    public record Transition(YearEndStatus from, YearEndEvent event, YearEndStatus to, Role actor, Guard guard,
            boolean reasonRequired) {
    }

    private static final List<Transition> TABLE;

    static {
        var table = new ArrayList<Transition>();
        // the unit works on its report, and submits it, by the deadline
        table.add(new Transition(NOT_STARTED, SAVE_YEAR_END, DRAFT, Role.RECOMMENDER, Guard.BY_DEADLINE, false));
        table.add(new Transition(DRAFT, SAVE_YEAR_END, DRAFT, Role.RECOMMENDER, Guard.BY_DEADLINE, false));
        table.add(new Transition(NOT_STARTED, SUBMIT_YEAR_END, SUBMITTED, Role.RECOMMENDER, Guard.BY_DEADLINE,
                false));
        table.add(new Transition(DRAFT, SUBMIT_YEAR_END, SUBMITTED, Role.RECOMMENDER, Guard.BY_DEADLINE, false));
        // the office returns a submitted report; the unit corrects it and submits it again
        table.add(new Transition(SUBMITTED, RETURN_YEAR_END, RETURNED, Role.OFFICE, Guard.NONE, true));
        table.add(new Transition(RETURNED, SAVE_YEAR_END, RETURNED, Role.RECOMMENDER, Guard.NONE, false));
        table.add(new Transition(RETURNED, SUBMIT_YEAR_END, SUBMITTED, Role.RECOMMENDER, Guard.NONE, false));
        // after the deadline, the office may reopen a report not submitted, for that unit
        table.add(new Transition(NOT_STARTED, REOPEN_YEAR_END, NOT_STARTED, Role.OFFICE, Guard.PAST_DEADLINE, false));
        table.add(new Transition(DRAFT, REOPEN_YEAR_END, DRAFT, Role.OFFICE, Guard.PAST_DEADLINE, false));
        TABLE = Collections.unmodifiableList(table);
    }

    private YearEndFlow() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    public static Optional<Transition> find(YearEndStatus from, YearEndEvent event) {
        return TABLE.stream().filter(row -> row.from() == from && row.event() == event).findFirst();
    }

    /**
     * Decides a transition or refuses it with the reason: the row exists, the actor holds its role, a reason
     * is given where required, the guard holds.
     */
    public static Transition decide(YearEndStatus from, YearEndEvent event, Set<Role> roles, String reason,
            Facts facts) {
        Transition row = find(from, event).orElseThrow(() -> new Refusal("yearend.refused.notAllowed", from, event));
        if (!roles.contains(row.actor())) {
            throw new Refusal("yearend.refused.wrongActor", event);
        }
        if (row.reasonRequired() && !StringUtils.hasText(reason)) {
            throw Refusal.onField("reason", "yearend.refused.reasonRequired");
        }
        if (!row.guard().holds(facts)) {
            throw new Refusal("yearend.refused.guard." + row.guard().name());
        }
        return row;
    }

    /** The events holders of these roles could cause from a state (guards not yet checked). */
    public static Set<YearEndEvent> eventsFor(YearEndStatus from, Set<Role> roles) {
        Set<YearEndEvent> events = EnumSet.noneOf(YearEndEvent.class);
        TABLE.stream().filter(row -> row.from() == from && roles.contains(row.actor()))
                .forEach(row -> events.add(row.event()));
        return events;
    }
}
