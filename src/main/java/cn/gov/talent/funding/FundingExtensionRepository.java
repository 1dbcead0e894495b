package cn.gov.talent.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingExtensionRepository extends JpaRepository<FundingExtension, Long> {

    List<FundingExtension> findByTalentRecordIdOrderByIdAsc(long talentRecordId);

    Optional<FundingExtension> findFirstByGrantIdAndStatus(long grantId, ExtensionStatus status);

    Page<FundingExtension> findByStatus(ExtensionStatus status, Pageable pageable);
}
