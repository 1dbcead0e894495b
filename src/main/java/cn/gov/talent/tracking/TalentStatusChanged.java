package cn.gov.talent.tracking;

import java.time.Instant;

/**
 * Published in the transaction of every transition of a talent record: funding stops a person's unpaid
 * tranches when the cycle ends by an exit (主动退出, 劝退, 取消资格).
 *
 * @param recordId the talent record
 * @param from the state before
 * @param to the state after
 * @param at when
 */
public record TalentStatusChanged(long recordId, TalentStatus from, TalentStatus to, Instant at) {

    /** Whether the person left the program this way (not a completed cycle). */
    public boolean exited() {
        return to.isExited();
    }
}
