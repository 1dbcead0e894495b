package cn.gov.talent.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    Optional<Objection> findByReceiptCode(String receiptCode);

    boolean existsByReceiptCode(String receiptCode);

    long countByClientAddressAndFiledAtAfter(String clientAddress, Instant since);

    @Query("""
            select o from Objection o where o.noticeId = :noticeId and (:status is null or o.status = :status)
            """)
    Page<Objection> search(long noticeId, ObjectionStatus status, Pageable pageable);

    Page<Objection> findByAssignedUnitId(long unitId, Pageable pageable);

    /** The applications of a notice that still have an open objection. */
    @Query("""
            select distinct o.applicationId from Objection o where o.noticeId = :noticeId
              and o.status in ('RECEIVED', 'INVESTIGATING', 'FINDINGS_FILED')
            """)
    List<Long> applicationsWithOpenObjection(long noticeId);

    List<Objection> findByApplicationIdIn(Collection<Long> applicationIds);

    long countByAssignedUnitIdAndStatus(long unitId, ObjectionStatus status);

    /**
     * The objection locked for a change: asking the employer, the employer's explanation and the decision
     * wait for each other, so no request is left open on a decided objection.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Objection o where o.id = :id")
    Optional<Objection> lockById(long id);

    /** The objections under investigation whose due date falls in the period. */
    List<Objection> findByStatusAndDueOnBetweenOrderById(ObjectionStatus status, LocalDate from, LocalDate to);
}
