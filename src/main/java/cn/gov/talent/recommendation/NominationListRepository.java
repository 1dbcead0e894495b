package cn.gov.talent.recommendation;

import java.util.Collection;
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

    /**
     * In each of these batches, every recommending unit given places or with a list begun: whether it has
     * places, whether its list is begun, whether forwarded, its extended deadline. One statement whatever the
     * number of batches; {@link Nominations#forwarding} decides which units are expected and counts them.
     */
    @Query(value = """
            select u.batch_id, u.unit_id, coalesce(q.places, 0) > 0, l.id is not null, l.forwarded_at is not null,
                   l.deadline_extended_to
            from (select batch_id, unit_id from quota where places > 0 and batch_id in (:batchIds)
                  union
                  select batch_id, unit_id from nomination_list where batch_id in (:batchIds)) u
            left join quota q on q.batch_id = u.batch_id and q.unit_id = u.unit_id
            left join nomination_list l on l.batch_id = u.batch_id and l.unit_id = u.unit_id""", nativeQuery = true)
    List<Object[]> forwarding(Collection<Long> batchIds);

    /**
     * One recommending unit's part in each of these batches where it has places or a list: places and places
     * used, list begun, evaluation recorded, local notice confirmed, the day (China Standard Time) it forwarded,
     * its extended deadline. One statement.
     */
    @Query(value = """
            select u.batch_id, q.places, coalesce(q.used, 0), l.id is not null,
                   l.evaluation_method is not null,
                   l.notice_result is not null and l.notice_starts is not null and l.notice_ends is not null,
                   cast(l.forwarded_at at time zone 'Asia/Shanghai' as date),
                   l.deadline_extended_to
            from (select batch_id from quota where unit_id = :unitId and batch_id in (:batchIds)
                  union
                  select batch_id from nomination_list where unit_id = :unitId and batch_id in (:batchIds)) u
            left join quota q on q.batch_id = u.batch_id and q.unit_id = :unitId
            left join nomination_list l on l.batch_id = u.batch_id and l.unit_id = :unitId""", nativeQuery = true)
    List<Object[]> listsOf(long unitId, Collection<Long> batchIds);
}
