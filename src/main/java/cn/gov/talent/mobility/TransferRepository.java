package cn.gov.talent.mobility;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TransferRepository extends JpaRepository<Transfer, Long>, JpaSpecificationExecutor<Transfer> {

    /** The transfer, locked until the transaction ends: one step at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.id = :id")
    Optional<Transfer> lockById(long id);

    boolean existsByTalentRecordIdAndStatusIn(long talentRecordId, Collection<TransferStatus> statuses);

    /** Whether the record has a transfer under way. */
    default boolean existsOpen(long recordId) {
        return existsByTalentRecordIdAndStatusIn(recordId, OPEN);
    }

    /** The states of a transfer under way. */
    List<TransferStatus> OPEN = java.util.Arrays.stream(TransferStatus.values()).filter(TransferStatus::isOpen)
            .toList();

    /**
     * What waits for an employer in one statement: transfers from it to consent to, transfers to it whose
     * materials it is to compile.
     */
    @Query(value = """
            select count(*) filter (where status = 'REQUESTED' and from_unit_id = :unitId),
                   count(*) filter (where status = 'CONSENTED' and to_unit_id = :unitId)
            from transfer where (from_unit_id = :unitId or to_unit_id = :unitId)""", nativeQuery = true)
    List<Object[]> employerWork(long unitId);

    long countByStatusAndReviewerUnitId(TransferStatus status, long reviewerUnitId);

    /** The office's work in one statement: transfers reviewed, conversions asked for. */
    @Query(value = """
            select (select count(*) from transfer where status = 'REVIEWED'),
                   (select count(*) from category_conversion where status = 'REQUESTED')""", nativeQuery = true)
    List<Object[]> officeWork();
}
