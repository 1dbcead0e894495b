package cn.gov.talent.tracking;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TalentRecordRepository extends JpaRepository<TalentRecord, Long>, JpaSpecificationExecutor<TalentRecord> {

    Page<TalentRecord> findByBatchId(long batchId, Pageable pageable);

    /** A batch's records whose person's name or certificate number matches the LIKE pattern. */
    @Query("""
            select t from TalentRecord t where t.batchId = :batchId
            and (t.personName like :pattern escape '\\' or t.certificateNo like :pattern escape '\\')""")
    Page<TalentRecord> searchInBatch(long batchId, String pattern, Pageable pageable);

    List<TalentRecord> findByBatchIdOrderByCertificateNo(long batchId);

    Optional<TalentRecord> findByCertificateNo(String certificateNo);

    List<TalentRecord> findByApplicantIdOrderByYearDesc(long applicantId);

    Optional<TalentRecord> findByApplicationId(long applicationId);

    @Query("select count(t) from TalentRecord t where t.programId = :programId and t.year = :year")
    long countByProgramAndYear(long programId, int year);

    /**
     * The recommending units the records within a path pattern name, by name: id and (latest) name, one
     * row per unit.
     */
    @Query("""
            select t.recommenderUnitId, max(t.recommenderName) from TalentRecord t
            where t.recommenderUnitId is not null and t.unitPath like :pattern escape '\\'
            group by t.recommenderUnitId order by max(t.recommenderName)""")
    List<Object[]> recommendersWithin(String pattern);

    /** The record, locked until the transaction ends: one change of state at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TalentRecord t where t.id = :id")
    Optional<TalentRecord> lockById(long id);

    /**
     * The office's work in one statement: exit proposals forwarded, withdrawal requests, records due for
     * their final assessment (active, cycle ending by the day), yearly reports confirmed and not filed. Each count reads the index on (status, …), not the whole table.
     */
    @Query(value = """
            select (select count(*) from talent_record where status = 'EXIT_FORWARDED'),
                   (select count(*) from talent_record where status = 'WITHDRAWAL_REQUESTED'),
                   (select count(*) from talent_record where status = 'ACTIVE' and cycle_end <= :by),
                   (select count(*) from yearly_report where status = 'CONFIRMED')""", nativeQuery = true)
    List<Object[]> officeWork(java.time.LocalDate by);
}
