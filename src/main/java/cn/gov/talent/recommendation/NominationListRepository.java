package cn.gov.talent.recommendation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NominationListRepository extends JpaRepository<NominationList, Long> {

    Optional<NominationList> findByBatchIdAndUnitId(long batchId, long unitId);

    /** The list, locked for this transaction: nominating and forwarding take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from NominationList l where l.batchId = :batchId and l.unitId = :unitId")
    Optional<NominationList> lockByBatchIdAndUnitId(long batchId, long unitId);

    List<NominationList> findByBatchId(long batchId);

    /** Creates the list if it does not exist yet; safe when several requests do it at once. */
    @Modifying
    @Query(value = "insert into nomination_list (batch_id, unit_id) values (:batchId, :unitId) "
            + "on conflict (batch_id, unit_id) do nothing", nativeQuery = true)
    void createIfMissing(long batchId, long unitId);
}
