package cn.gov.talent.notification;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    Page<MailMessage> findByStatus(MailStatus status, Pageable pageable);

    /** Status and count, for the outbox's summary. */
    @Query("select m.status, count(m) from MailMessage m group by m.status")
    List<Object[]> countByStatus();
}
