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
     * number of batches.
     */
    @Query(value = """
            select r.batch_id, r.number, r.deadline,
                   count(a.id) filter (where a.status in ('ASSIGNED', 'SUBMITTED')),
                   count(a.id) filter (where a.status = 'SUBMITTED'),
                   coalesce(bool_or(p.status = 'CONFIRMED'), false),
                   (select string_agg(cast(o.unit_id as varchar), ',') from department_opinion o
                    where o.batch_id = r.batch_id)
            from review_round r
            left join review_assignment a on a.round_id = r.id
            left join proposal p on p.batch_id = r.batch_id
            where r.batch_id in (:batchIds)
              and r.number = (select max(x.number) from review_round x where x.batch_id = r.batch_id)
            group by r.id""", nativeQuery = true)
    List<Object[]> progressByBatch(Collection<Long> batchIds);
}
