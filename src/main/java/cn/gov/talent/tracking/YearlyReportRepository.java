package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YearlyReportRepository extends JpaRepository<YearlyReport, Long> {

    List<YearlyReport> findByTalentRecordIdOrderByCycleYearAsc(long talentRecordId);

    List<YearlyReport> findByTalentRecordIdInOrderByTalentRecordIdAscCycleYearAsc(Collection<Long> talentRecordIds);

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

    /**
     * The yearly reports due in the period and not submitted (none, or returned): each record in its cycle
     * (status not in {@code ended}), each cycle year k whose report is due in the period, counted as
     * {@link SupportCycle#reportDue} counts it (the kth anniversary, then a month). Year k is in the cycle when
     * its start, the (k-1)th anniversary, is before the cycle's end. Record id, person, employer, name,
     * certificate, cycle year, due date.
     */
    @Query(value = """
            select t.id, t.applicant_id, t.unit_id, t.person_name, t.certificate_no, k.year, d.due_on
            from talent_record t
            cross join generate_series(1, 10) as k(year)
            cross join lateral (select cast((t.cycle_start + make_interval(years => k.year)) + interval '1 month'
                                            as date) as due_on) d
            where t.status not in (:ended)
              and t.cycle_start + make_interval(years => k.year - 1) < t.cycle_end
              and d.due_on between :from and :to
              and not exists (select 1 from yearly_report y where y.talent_record_id = t.id
                              and y.cycle_year = k.year and y.status <> 'RETURNED')
            order by d.due_on, t.id, k.year""", nativeQuery = true)
    List<Object[]> dueBetween(Collection<String> ended, LocalDate from, LocalDate to);
}
