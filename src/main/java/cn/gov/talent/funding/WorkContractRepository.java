package cn.gov.talent.funding;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkContractRepository extends JpaRepository<WorkContract, Long> {
}
