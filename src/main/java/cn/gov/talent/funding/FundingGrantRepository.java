package cn.gov.talent.funding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingGrantRepository extends JpaRepository<FundingGrant, Long> {

    List<FundingGrant> findByTalentRecordIdOrderByIdAsc(long talentRecordId);
}
