package cn.gov.talent.program;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.gov.talent.program.eligibility.EligibilityRule;

interface EligibilityRuleRepository extends JpaRepository<EligibilityRule, Long> {

    List<EligibilityRule> findAllByOrderByCategoryIdAscSortOrderAsc();
}
