package cn.gov.talent.review;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalEntryRepository extends JpaRepository<ProposalEntry, ProposalEntry.Key> {

    @Query("""
            select e from ProposalEntry e where e.batchId = :batchId
              and (:categoryId is null or e.categoryId = :categoryId)
              and (:included is null or e.included = :included)
            """)
    Page<ProposalEntry> search(long batchId, Long categoryId, Boolean included, Pageable pageable);

    List<ProposalEntry> findByBatchId(long batchId);

    long countByBatchIdAndIncludedTrue(long batchId);

    @Query("select e.categoryId, count(e) from ProposalEntry e where e.batchId = :batchId and e.included = true group by e.categoryId")
    List<Object[]> includedByCategory(long batchId);
}
