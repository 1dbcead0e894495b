package cn.gov.talent.tracking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentExitRepository extends JpaRepository<TalentExit, Long> {

    Optional<TalentExit> findFirstByTalentRecordIdAndDecidedAtIsNullOrderByIdDesc(long talentRecordId);

    List<TalentExit> findByTalentRecordIdOrderByIdAsc(long talentRecordId);
}
