package cn.gov.talent.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {

    List<ReviewRound> findByBatchIdOrderByNumberAsc(long batchId);

    Optional<ReviewRound> findFirstByBatchIdOrderByNumberDesc(long batchId);

    /**
     * For each of these batches that has a review round: its latest round's number and deadline, the reviews
     * active in it (assigned or submitted) and submitted, whether the proposed list is confirmed and the units
     * whose department gave its opinion (their ids, comma-separated; null: none). One statement whatever the
     * number of batches. The counts are index-only scans of (round_id, status), not a join grouped over every
     * assignment of the round (100,000 in a national round: 250 ms of the office's home page).
     */
    @Query(value = """
            select r.batch_id, r.number, r.deadline,
                   (select count(*) from review_assignment a
                    where a.round_id = r.id and a.status in ('ASSIGNED', 'SUBMITTED')),
                   (select count(*) from review_assignment a where a.round_id = r.id and a.status = 'SUBMITTED'),
                   exists (select 1 from proposal p where p.batch_id = r.batch_id and p.status = 'CONFIRMED'),
                   (select string_agg(cast(o.unit_id as varchar), ',') from department_opinion o
                    where o.batch_id = r.batch_id)
            from review_round r
            where r.batch_id in (:batchIds)
              and r.number = (select max(x.number) from review_round x where x.batch_id = r.batch_id)""",
            nativeQuery = true)
    List<Object[]> progressByBatch(Collection<Long> batchIds);
}
