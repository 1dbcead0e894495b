package cn.gov.talent.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRankRepository extends JpaRepository<CandidateRank, Long> {

    List<CandidateRank> findByBatchIdAndUnitId(long batchId, long unitId);

    Optional<CandidateRank> findByBatchIdAndUnitIdAndCategoryIdAndRank(long batchId, long unitId, long categoryId,
            int rank);
}
