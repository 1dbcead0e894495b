package cn.gov.talent.review;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReviewResultRepository extends JpaRepository<ReviewResult, ReviewResult.Key> {

    @Query("""
            select r from ReviewResult r where r.roundId = :roundId
              and (:categoryId is null or r.categoryId = :categoryId)
              and (:group is null or r.disciplineGroup = :group)
            """)
    Page<ReviewResult> search(long roundId, Long categoryId, String group, Pageable pageable);

    List<ReviewResult> findByRoundIdAndRankInCategoryLessThanEqual(long roundId, int rank);

    List<ReviewResult> findByRoundId(long roundId);

    @Query("select r.categoryId, count(r) from ReviewResult r where r.roundId = :roundId group by r.categoryId")
    List<Object[]> countByCategory(long roundId);

    @Modifying
    @Query("delete from ReviewResult r where r.roundId = :roundId")
    void deleteByRound(long roundId);
}
