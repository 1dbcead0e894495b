package cn.gov.talent.review;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DrawRecordRepository extends JpaRepository<DrawRecord, Long> {

    /** The list without the (large) inputs and results. */
    @Query("""
            select new cn.gov.talent.review.DrawSummary(d.id, d.roundId, d.applicationId, d.seed,
                d.expertsPerApplication, d.reason, d.drawnBy, d.drawnAt)
            from DrawRecord d where d.roundId = :roundId
            """)
    Page<DrawSummary> summaries(long roundId, Pageable pageable);
}
