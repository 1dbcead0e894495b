package cn.gov.talent.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CategoryQuotaRepository extends JpaRepository<CategoryQuota, Long> {

    Optional<CategoryQuota> findByQuotaIdAndCategoryId(long quotaId, long categoryId);

    List<CategoryQuota> findByQuotaIdIn(Collection<Long> quotaIds);

    /** Takes one place of the category if one is left: 1 when taken, 0 when the cap is reached. */
    @Modifying(clearAutomatically = true)
    @Query("update CategoryQuota q set q.used = q.used + 1 where q.quotaId = :quotaId and q.categoryId = :categoryId and q.used < q.places")
    int takePlace(@Param("quotaId") long quotaId, @Param("categoryId") long categoryId);

    @Modifying(clearAutomatically = true)
    @Query("update CategoryQuota q set q.used = q.used - 1 where q.quotaId = :quotaId and q.categoryId = :categoryId and q.used > 0")
    int releasePlace(@Param("quotaId") long quotaId, @Param("categoryId") long categoryId);

    @Modifying(clearAutomatically = true)
    @Query("update CategoryQuota q set q.places = :places where q.id = :id and q.used <= :places")
    int resize(@Param("id") long id, @Param("places") int places);
}
