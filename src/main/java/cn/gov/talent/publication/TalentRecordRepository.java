package cn.gov.talent.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalentRecordRepository extends JpaRepository<TalentRecord, Long> {

    Page<TalentRecord> findByBatchId(long batchId, Pageable pageable);

    List<TalentRecord> findByBatchIdOrderByCertificateNo(long batchId);

    Optional<TalentRecord> findByCertificateNo(String certificateNo);

    List<TalentRecord> findByApplicantIdOrderByYearDesc(long applicantId);

    Optional<TalentRecord> findByApplicationId(long applicationId);

    @Query("select count(t) from TalentRecord t where t.programId = :programId and t.year = :year")
    long countByProgramAndYear(long programId, int year);
}
