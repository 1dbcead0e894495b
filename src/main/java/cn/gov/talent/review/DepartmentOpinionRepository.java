package cn.gov.talent.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentOpinionRepository extends JpaRepository<DepartmentOpinion, Long> {

    List<DepartmentOpinion> findByBatchIdOrderByRecordedAtAsc(long batchId);

    Optional<DepartmentOpinion> findByBatchIdAndUnitId(long batchId, long unitId);
}
