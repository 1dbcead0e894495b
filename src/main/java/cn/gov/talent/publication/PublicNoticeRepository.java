package cn.gov.talent.publication;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    Optional<PublicNotice> findByBatchId(long batchId);

    Page<PublicNotice> findAllByOrderByStartsOnDesc(Pageable pageable);

    Page<PublicNotice> findByPublishedAtIsNotNullOrderByPublishedAtDesc(Pageable pageable);
}
