package cn.gov.talent.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentOpinionRepository extends JpaRepository<DepartmentOpinion, Long> {

    List<DepartmentOpinion> findByBatchIdOrderByRecordedAtAsc(long batchId);

    Optional<DepartmentOpinion> findByBatchIdAndUnitId(long batchId, long unitId);

    /** Confirmed proposed lists on which this unit has not yet given its opinion. */
    @Query("""
            select count(p) from Proposal p where p.status = 'CONFIRMED' and not exists (
                select o from DepartmentOpinion o where o.batchId = p.batchId and o.unitId = :unitId)
            """)
    long countAwaitingOpinionOf(long unitId);
}
