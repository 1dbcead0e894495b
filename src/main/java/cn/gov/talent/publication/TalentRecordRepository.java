package cn.gov.talent.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalentRecordRepository extends JpaRepository<TalentRecord, Long> {

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
}
