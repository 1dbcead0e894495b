package cn.gov.talent.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    Optional<PublicNotice> findByBatchId(long batchId);

    /** The batch's notice, locked until the transaction ends: publishing it happens once, whoever asks twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from PublicNotice n where n.batchId = :batchId")
    Optional<PublicNotice> lockByBatchId(long batchId);

    Page<PublicNotice> findAllByOrderByStartsOnDesc(Pageable pageable);

    Page<PublicNotice> findByPublishedAtIsNotNullOrderByPublishedAtDesc(Pageable pageable);

    /**
     * For each of these batches with a public notice: its period, whether it was approved, and its objections:
     * filed, settled, received and not yet triaged, under investigation and due today or later (with the nearest
     * due date), under investigation past their due date (with the oldest). One statement whatever the number of
     * batches.
     */
    @Query(value = """
            select n.batch_id, n.starts_on, n.ends_on, n.approved_at is not null,
                   count(o.id),
                   count(o.id) filter (where o.status in ('DISMISSED', 'UNFOUNDED', 'UPHELD')),
                   count(o.id) filter (where o.status = 'RECEIVED'),
                   count(o.id) filter (where o.status = 'INVESTIGATING' and (o.due_on is null or o.due_on >= :today)),
                   min(o.due_on) filter (where o.status = 'INVESTIGATING' and o.due_on >= :today),
                   count(o.id) filter (where o.status = 'INVESTIGATING' and o.due_on < :today),
                   min(o.due_on) filter (where o.status = 'INVESTIGATING' and o.due_on < :today)
            from public_notice n left join objection o on o.notice_id = n.id
            where n.batch_id in (:batchIds)
            group by n.id""", nativeQuery = true)
    List<Object[]> progressByBatch(Collection<Long> batchIds, LocalDate today);
}
