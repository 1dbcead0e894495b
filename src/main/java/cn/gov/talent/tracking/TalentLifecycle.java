package cn.gov.talent.tracking;

import static cn.gov.talent.tracking.TalentEvent.*;
import static cn.gov.talent.tracking.TalentStatus.*;

import java.util.ArrayList;
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
 * 人选状态机: the talent record's life after selection as one table (002 art. 36; 004 §四(二); 000
 * Jiangxi §四(一)). A row says from which state an event leads to which, who causes it, what must hold
 * and whether a reason is required; anything not in the table is refused. The unit test walks every
 * pair of state and event; docs/architecture.md draws it.
 */
public final class TalentLifecycle {

    /** What must hold besides the row. */
    public enum Guard {
        NONE,
        /** 劝退 only after recorded reminders (督促提醒) were ignored. */
        REMINDED_BEFORE,
        /** The office decides a persuasion as a persuasion, a revocation as a revocation. */
        PROPOSED_AS_PERSUASION,
        PROPOSED_AS_REVOCATION,
        /** The final assessment comes at the end of the cycle. */
        CYCLE_ENDING;

        boolean holds(Facts facts) {
            return switch (this) {
                case NONE -> true;
                case REMINDED_BEFORE -> facts.exitKind() != ExitKind.PERSUASION || facts.remindersRecorded() > 0;
                case PROPOSED_AS_PERSUASION -> facts.exitKind() == ExitKind.PERSUASION;
                case PROPOSED_AS_REVOCATION -> facts.exitKind() == ExitKind.REVOCATION;
                case CYCLE_ENDING -> facts.cycleEnding();
            };
        }
    }

    /** What the guards look at: the exit proposed (or being proposed), reminders recorded, the cycle's end. */
    public record Facts(ExitKind exitKind, int remindersRecorded, boolean cycleEnding) {

        public static final Facts NONE = new Facts(null, 0, false);
    }

    /** One allowed transition. */
    public record Transition(TalentStatus from, TalentEvent event, TalentStatus to, Role actor, Guard guard,
            boolean reasonRequired) {
    }

    private static final List<Transition> TABLE;

    static {
        var table = new ArrayList<Transition>();
        // 主动退出: the person asks, may take it back, the office decides
        table.add(new Transition(ACTIVE, REQUEST_WITHDRAWAL, WITHDRAWAL_REQUESTED, Role.APPLICANT, Guard.NONE, true));
        table.add(new Transition(WITHDRAWAL_REQUESTED, CANCEL_WITHDRAWAL, ACTIVE, Role.APPLICANT, Guard.NONE, false));
        table.add(new Transition(WITHDRAWAL_REQUESTED, APPROVE_WITHDRAWAL, WITHDRAWN, Role.OFFICE, Guard.NONE, false));
        table.add(new Transition(WITHDRAWAL_REQUESTED, REFUSE_WITHDRAWAL, ACTIVE, Role.OFFICE, Guard.NONE, true));
        // 劝退 / 取消资格: the employer proposes with evidence, the recommending unit passes it up, the office decides
        table.add(new Transition(ACTIVE, PROPOSE_EXIT, EXIT_PROPOSED, Role.EMPLOYER, Guard.REMINDED_BEFORE, true));
        table.add(new Transition(EXIT_PROPOSED, FORWARD_EXIT, EXIT_FORWARDED, Role.RECOMMENDER, Guard.NONE, false));
        table.add(new Transition(EXIT_PROPOSED, RETURN_EXIT, ACTIVE, Role.RECOMMENDER, Guard.NONE, true));
        table.add(new Transition(EXIT_FORWARDED, PERSUADE_OUT, PERSUADED_OUT, Role.OFFICE,
                Guard.PROPOSED_AS_PERSUASION, false));
        table.add(new Transition(EXIT_FORWARDED, REVOKE, REVOKED, Role.OFFICE, Guard.PROPOSED_AS_REVOCATION, false));
        table.add(new Transition(EXIT_FORWARDED, REJECT_EXIT, ACTIVE, Role.OFFICE, Guard.NONE, true));
        // 终期考核: 合格 or 优秀 completes the cycle, 不合格 revokes the title
        table.add(new Transition(ACTIVE, COMPLETE, COMPLETED, Role.OFFICE, Guard.CYCLE_ENDING, false));
        table.add(new Transition(ACTIVE, FAIL_FINAL_ASSESSMENT, REVOKED, Role.OFFICE, Guard.CYCLE_ENDING, true));
        TABLE = Collections.unmodifiableList(table);
    }

    private TalentLifecycle() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    public static Optional<Transition> find(TalentStatus from, TalentEvent event) {
        return TABLE.stream().filter(row -> row.from() == from && row.event() == event).findFirst();
    }

    /**
     * Decides a transition or refuses it with the reason: the row exists, the actor holds its role, a
     * reason is given where required, the guard holds.
     */
    public static Transition decide(TalentStatus from, TalentEvent event, Actor actor, String reason, Facts facts) {
        Transition row = find(from, event)
                .orElseThrow(() -> new Refusal("talent.refused.notAllowed", from, event));
        if (!actor.has(row.actor())) {
            throw new Refusal("talent.refused.wrongActor", event);
        }
        if (row.reasonRequired() && !StringUtils.hasText(reason)) {
            throw Refusal.onField("reason", "talent.refused.reasonRequired");
        }
        if (!row.guard().holds(facts)) {
            throw new Refusal("talent.refused.guard." + row.guard().name());
        }
        return row;
    }

    /** The events a holder of these roles could cause from a state (guards not yet checked). */
    public static Set<TalentEvent> eventsFor(TalentStatus from, Set<Role> roles) {
        Set<TalentEvent> events = EnumSet.noneOf(TalentEvent.class);
        TABLE.stream().filter(row -> row.from() == from && roles.contains(row.actor()))
                .forEach(row -> events.add(row.event()));
        return events;
    }
}
