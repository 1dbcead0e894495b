package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.TitlesOnRecord;

/**
 * The exclusions a person's talent records prove (004 §二(二)1): a title of a national-tier program not
 * revoked is {@code NATIONAL_TALENT}; a record of another provincial program still in its support cycle
 * is {@code SAME_TIER_IN_SUPPORT}. 省双千计划 is not run here, so {@code SHUANGQIAN} stays a declaration.
 */
@Component
class TalentTitlesOnRecord implements TitlesOnRecord {

    private final TalentRecordRepository records;
    private final Programs programs;

    TalentTitlesOnRecord(TalentRecordRepository records, Programs programs) {
        this.records = records;
        this.programs = programs;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> exclusionsOnRecord(long applicantId, long programId, LocalDate on) {
        Set<String> held = new LinkedHashSet<>();
        for (TalentRecord record : records.findByApplicantIdOrderByYearDesc(applicantId)) {
            ProgramTier tier = programs.batch(record.getBatchId()).map(BatchSummary::tier).orElse(null);
            if (tier == ProgramTier.NATIONAL && record.getStatus() != TalentStatus.REVOKED) {
                held.add("NATIONAL_TALENT");
            }
            boolean inSupport = !record.getStatus().isEnded()
                    && (record.getCycleEnd() == null || !record.getCycleEnd().isBefore(on));
            if (tier == ProgramTier.PROVINCIAL && record.getProgramId() != programId && inSupport) {
                held.add("SAME_TIER_IN_SUPPORT");
            }
        }
        return held;
    }
}
