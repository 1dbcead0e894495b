package cn.gov.talent.tracking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TalentReminderRepository extends JpaRepository<TalentReminder, Long> {

    long countByTalentRecordId(long talentRecordId);

    List<TalentReminder> findByTalentRecordIdOrderByRemindedOnAscIdAsc(long talentRecordId);
}
