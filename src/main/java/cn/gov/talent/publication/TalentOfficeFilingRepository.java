package cn.gov.talent.publication;

import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TalentOfficeFilingRepository extends JpaRepository<TalentOfficeFiling, Long> {

    Optional<TalentOfficeFiling> findByBatchId(long batchId);

    @Query("select f.batchId from TalentOfficeFiling f")
    Set<Long> filedBatchIds();

    /** Published lists not yet filed with the talent office (the office's work). */
    @Query("""
            select count(n) from PublicNotice n where n.publishedAt is not null
              and not exists (select f.id from TalentOfficeFiling f where f.batchId = n.batchId)
            """)
    long countPublishedNotFiled();
}
