package cn.gov.talent.audit;

import cn.gov.talent.shared.Actor;

/**
 * What a module asks the audit trail to record.
 *
 * @param actor who did it
 * @param subjectType what kind of record it concerns ({@code APPLICATION}, {@code USER}, {@code UNIT})
 * @param subjectId which one
 * @param subjectLabel a readable name of it (serial number, user name)
 * @param action the event or operation, upper case ({@code SUBMIT}, {@code UNLOCK})
 * @param fromState state before, if any
 * @param toState state after, if any
 * @param reason why, as the actor wrote it
 */
public record AuditEntry(Actor actor, String subjectType, Long subjectId, String subjectLabel, String action,
        String fromState, String toState, String reason) {

    public static AuditEntry of(Actor actor, String subjectType, Long subjectId, String subjectLabel, String action) {
        return new AuditEntry(actor, subjectType, subjectId, subjectLabel, action, null, null, null);
    }
}
