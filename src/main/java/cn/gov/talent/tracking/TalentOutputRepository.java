package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TalentOutputRepository extends JpaRepository<TalentOutput, Long> {

    List<TalentOutput> findByTalentRecordIdOrderByAchievedOnAscIdAsc(long talentRecordId);

    List<TalentOutput> findByYearlyReportIdOrderByAchievedOnAscIdAsc(long yearlyReportId);

    long countByTalentRecordId(long talentRecordId);

    /** The outputs of a cycle year not yet in a report go with the year's report. */
    @Modifying
    @Query("""
            update TalentOutput o set o.yearlyReportId = :reportId where o.talentRecordId = :recordId
            and o.yearlyReportId is null and o.achievedOn > :after and o.achievedOn <= :until""")
    int attachToReport(long recordId, long reportId, LocalDate after, LocalDate until);
}
