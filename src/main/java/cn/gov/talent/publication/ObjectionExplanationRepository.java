package cn.gov.talent.publication;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionExplanationRepository extends JpaRepository<ObjectionExplanation, Long> {

    List<ObjectionExplanation> findByObjectionIdOrderByIdAsc(long objectionId);

    Page<ObjectionExplanation> findByEmployerUnitId(long employerUnitId, Pageable pageable);

    boolean existsByObjectionIdAndExplainedAtIsNull(long objectionId);

    long countByEmployerUnitIdAndExplainedAtIsNull(long employerUnitId);
}
