package cn.gov.talent.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportPlanRepository extends JpaRepository<SupportPlan, Long> {

    /** Every plan with its tranches, in one query, by category and kind. */
    @Query("select distinct p from SupportPlan p left join fetch p.tranches order by p.categoryId, p.kind")
    List<SupportPlan> findAllWithTranches();

    @Query("select distinct p from SupportPlan p left join fetch p.tranches where p.categoryId = :categoryId"
            + " order by p.kind")
    List<SupportPlan> findByCategoryWithTranches(long categoryId);

    @Query("select p from SupportPlan p left join fetch p.tranches where p.id = :id")
    Optional<SupportPlan> findWithTranches(long id);

    boolean existsByCategoryIdAndKind(long categoryId, FundKind kind);
}
