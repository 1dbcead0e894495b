package cn.gov.talent.publication;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectionExplanationRepository extends JpaRepository<ObjectionExplanation, Long> {

    List<ObjectionExplanation> findByObjectionIdOrderByIdAsc(long objectionId);

    Page<ObjectionExplanation> findByEmployerUnitId(long employerUnitId, Pageable pageable);

    boolean existsByObjectionIdAndExplainedAtIsNull(long objectionId);

    /** The employer's requests still to answer, on objections still open (a decided one asks nothing more). */
    @Query("""
            select count(e) from ObjectionExplanation e, Objection o where o.id = e.objectionId
              and e.employerUnitId = :employerUnitId and e.explainedAt is null
              and o.status in ('RECEIVED', 'INVESTIGATING', 'FINDINGS_FILED')
            """)
    long countByEmployerUnitIdAndExplainedAtIsNull(long employerUnitId);
}
