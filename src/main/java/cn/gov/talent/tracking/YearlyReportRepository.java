package cn.gov.talent.tracking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YearlyReportRepository extends JpaRepository<YearlyReport, Long> {

    List<YearlyReport> findByTalentRecordIdOrderByCycleYearAsc(long talentRecordId);

    Optional<YearlyReport> findByTalentRecordIdAndCycleYear(long talentRecordId, int cycleYear);

    /** Reports in a state, of the records at a unit (employer) — for its queue. */
    @Query("""
            select r from YearlyReport r, TalentRecord t where t.id = r.talentRecordId
            and r.status = :status and t.unitId = :unitId""")
    Page<YearlyReport> inStateAtUnit(ReportStatus status, long unitId, Pageable pageable);

    /** Reports in a state, of the records in a subtree (recommending unit) or everywhere ("/"). */
    @Query("""
            select r from YearlyReport r, TalentRecord t where t.id = r.talentRecordId
            and r.status = :status and t.unitPath like :pathPattern escape '\\'""")
    Page<YearlyReport> inStateWithin(ReportStatus status, String pathPattern, Pageable pageable);

    @Query("""
            select count(r) from YearlyReport r, TalentRecord t where t.id = r.talentRecordId
            and r.status = :status and t.unitId = :unitId""")
    long countInStateAtUnit(ReportStatus status, long unitId);

    @Query("""
            select count(r) from YearlyReport r, TalentRecord t where t.id = r.talentRecordId
            and r.status = :status and t.unitPath like :pathPattern escape '\\'""")
    long countInStateWithin(ReportStatus status, String pathPattern);
}
