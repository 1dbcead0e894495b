package cn.gov.talent.publication;

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
}
