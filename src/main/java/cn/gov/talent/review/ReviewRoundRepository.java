package cn.gov.talent.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findByBatchIdOrderByNumberAsc(long batchId);

    Optional<ReviewRound> findFirstByBatchIdOrderByNumberDesc(long batchId);
}
