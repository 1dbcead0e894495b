package cn.gov.talent.application;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

    @Query(value = "select nextval('application_serial_seq')", nativeQuery = true)
    long nextSerial();

    List<Application> findByBatchIdAndStatusInOrderByIdAsc(long batchId, Collection<ApplicationStatus> statuses);

    Page<Application> findByBatchIdAndStatusIn(long batchId,
            Collection<ApplicationStatus> statuses, Pageable pageable);

    boolean existsByApplicantIdAndBatchId(long applicantId, long batchId);

    List<Application> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    /**
     * Earlier applications of the same person (by the keyed hash of the ID number) to the same program that
     * went beyond a draft.
     */
    @Query("""
            select count(a) from Application a where a.applicantIdNumberHash = :idNumberHash
              and a.programId = :programId
              and a.id <> :exceptId and a.status not in (ApplicationStatus.DRAFT,
                  ApplicationStatus.WITHDRAWN)
            """)
    int countEarlierAttempts(String idNumberHash, long programId, long exceptId);

    /** Other live applications of the same person (by the ID number's keyed hash) in the same year, in any program. */
    @Query("""
            select count(a) from Application a where a.applicantIdNumberHash = :idNumberHash
              and a.batchYear = :year
              and a.id <> :exceptId and a.status not in (ApplicationStatus.DRAFT,
                  ApplicationStatus.WITHDRAWN)
            """)
    int countOthersInYear(String idNumberHash, int year, long exceptId);

    /** The same person's other live applications of the year, in any program, oldest first. */
    @Query("""
            select a from Application a where a.applicantIdNumberHash = :idNumberHash and a.batchYear = :year
              and a.id <> :exceptId and a.status not in (ApplicationStatus.DRAFT,
                  ApplicationStatus.WITHDRAWN)
            order by a.id
            """)
    List<Application> othersInYear(String idNumberHash, int year, long exceptId);
}
