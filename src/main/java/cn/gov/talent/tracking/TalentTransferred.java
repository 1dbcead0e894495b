package cn.gov.talent.tracking;

import java.time.Instant;

/**
 * Published in the transaction that moves a talent record to another employer (an approved transfer,
 * 002 art. 32): whatever follows the person (unpaid tranches: 一次性补助及科研经费补助一并流转) moves with it.
 *
 * @param recordId the talent record
 * @param fromUnitId the employer before
 * @param toUnitId the employer after
 * @param toUnitPath the new employer's path in the tree (data scope)
 * @param toEmployerName the new employer's name
 * @param at when
 */
public record TalentTransferred(long recordId, long fromUnitId, long toUnitId, String toUnitPath,
        String toEmployerName, Instant at) {
}
