package cn.gov.talent.tracking;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinalAssessmentRepository extends JpaRepository<FinalAssessment, Long> {

    Optional<FinalAssessment> findByTalentRecordId(long talentRecordId);
}
