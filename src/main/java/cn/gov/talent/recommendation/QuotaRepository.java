package cn.gov.talent.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuotaRepository extends JpaRepository<Quota, Long> {

    Optional<Quota> findByBatchIdAndUnitId(long batchId, long unitId);

    List<Quota> findByBatchIdOrderByUnitId(long batchId);

    /** Takes one place if one is left: 1 when taken, 0 when the quota is used up. Atomic in the database. */
    @Modifying(clearAutomatically = true)
    @Query("update Quota q set q.used = q.used + 1 where q.batchId = :batchId and q.unitId = :unitId and q.used < q.places")
    int takePlace(@Param("batchId") long batchId, @Param("unitId") long unitId);

    @Modifying(clearAutomatically = true)
    @Query("update Quota q set q.used = q.used - 1 where q.batchId = :batchId and q.unitId = :unitId and q.used > 0")
    int releasePlace(@Param("batchId") long batchId, @Param("unitId") long unitId);

    /** Changes the places, never below what is already used: 0 rows when that would be the case. */
    @Modifying(clearAutomatically = true)
    @Query("update Quota q set q.places = :places where q.id = :id and q.used <= :places")
    int resize(@Param("id") long id, @Param("places") int places);
}
