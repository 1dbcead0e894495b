package cn.gov.talent.program.eligibility;

import java.time.LocalDate;
import java.util.Set;

/**
 * The excluding titles (不得申报情形) the system's own talent records show for a person: the records
 * are kept after selection, and an exclusion they prove needs no declaration (004 §二(二)1:
 * 入选国家级人才计划、同梯次其他省级人才计划（仍在支持期内）的人才不得申报).
 */
public interface TitlesOnRecord {

    /** Nobody holds anything: for a context without talent records. */
    TitlesOnRecord NONE = (applicantId, programId, on) -> Set.of();

    /**
     * The exclusion codes ({@code NATIONAL_TALENT}, {@code SAME_TIER_IN_SUPPORT}) the person's records
     * show on the date, for an application to the given program.
     */
    Set<String> exclusionsOnRecord(long applicantId, long programId, LocalDate on);
}
