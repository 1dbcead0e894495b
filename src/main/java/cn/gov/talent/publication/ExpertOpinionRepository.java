package cn.gov.talent.publication;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertOpinionRepository extends JpaRepository<ExpertOpinion, Long> {

    List<ExpertOpinion> findByObjectionIdOrderByIdAsc(long objectionId);

    List<ExpertOpinion> findByExpertIdOrderByAskedAtDesc(long expertId);

    long countByExpertIdAndAnswerIsNull(long expertId);
}
