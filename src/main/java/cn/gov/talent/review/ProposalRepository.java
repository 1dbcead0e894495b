package cn.gov.talent.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {
}
