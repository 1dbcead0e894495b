package cn.gov.talent.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FundingTrancheRepository extends JpaRepository<FundingTranche, Long>,
        JpaSpecificationExecutor<FundingTranche> {

    List<FundingTranche> findByTalentRecordIdOrderByGrantIdAscSeqAsc(long talentRecordId);

    List<FundingTranche> findByGrantIdOrderBySeqAsc(long grantId);

    /** A record's tranches in these states, locked until the transaction ends (an exit, a transfer, a revision). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from FundingTranche t where t.talentRecordId = :recordId and t.status in :statuses order by t.id")
    List<FundingTranche> lockOfRecord(long recordId, Collection<TrancheStatus> statuses);

    /** A fund's tranches, locked until the transaction ends (a revision of the amount). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from FundingTranche t where t.grantId = :grantId order by t.seq")
    List<FundingTranche> lockOfGrant(long grantId);

    /**
     * Releases a scheduled tranche: one row changed, or none when it was no longer scheduled (released,
     * cancelled or removed by another request first). The database decides which of two requests wins.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update FundingTranche t set t.status = :released, t.releasedBy = :by, t.releasedAt = :at,
            t.version = t.version + 1 where t.id = :id and t.status = :scheduled""")
    int release(long id, String by, Instant at, TrancheStatus scheduled, TrancheStatus released);

    /**
     * Records the payment of a released tranche: one row changed, or none when it was not released any
     * more (paid by another request first, or cancelled). Never paid twice: the database decides.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update FundingTranche t set t.status = :paid, t.paidOn = :paidOn, t.paidAmount = :amount,
            t.voucherNo = :voucherNo, t.paidBy = :by, t.paidAt = :at, t.version = t.version + 1
            where t.id = :id and t.status = :released and t.amount = :amount""")
    int pay(long id, LocalDate paidOn, BigDecimal amount, String voucherNo, String by, Instant at,
            TrancheStatus released, TrancheStatus paid);

    /**
     * Each employer's funds of a year in the scope (unit path prefix; an employer's own unit, else -1), one
     * line per employer, by name: people, due that year (not cancelled), released and waiting, paid that
     * year, cancelled.
     */
    @Query(value = """
            select t.unit_id as "unitId", t.employer_name as "employerName",
                   count(distinct t.talent_record_id) as "people",
                   coalesce(sum(t.amount) filter (where t.due_on between :from and :to
                       and t.status <> 'CANCELLED'), 0) as "due",
                   coalesce(sum(t.amount) filter (where t.status = 'RELEASED'), 0) as "released",
                   coalesce(sum(t.amount) filter (where t.status = 'PAID' and t.paid_on between :from and :to), 0)
                       as "paid",
                   coalesce(sum(t.amount) filter (where t.due_on between :from and :to
                       and t.status = 'CANCELLED'), 0) as "cancelled"
            from funding_tranche t
            where t.unit_path like :pattern and (:unitId < 0 or t.unit_id = :unitId)
              and (t.due_on between :from and :to or t.paid_on between :from and :to or t.status = 'RELEASED')
            group by t.unit_id, t.employer_name
            order by t.employer_name, t.unit_id""",
            countQuery = """
            select count(*) from (select distinct t.unit_id, t.employer_name from funding_tranche t
            where t.unit_path like :pattern and (:unitId < 0 or t.unit_id = :unitId)
              and (t.due_on between :from and :to or t.paid_on between :from and :to or t.status = 'RELEASED')) e""",
            nativeQuery = true)
    Page<EmployerTotal> totalsByEmployer(String pattern, long unitId, LocalDate from, LocalDate to,
            Pageable pageable);

    /** The same, over every employer in the scope: the grand total line. */
    @Query(value = """
            select cast(null as bigint) as "unitId", cast(null as varchar) as "employerName",
                   count(distinct t.talent_record_id) as "people",
                   coalesce(sum(t.amount) filter (where t.due_on between :from and :to
                       and t.status <> 'CANCELLED'), 0) as "due",
                   coalesce(sum(t.amount) filter (where t.status = 'RELEASED'), 0) as "released",
                   coalesce(sum(t.amount) filter (where t.status = 'PAID' and t.paid_on between :from and :to), 0)
                       as "paid",
                   coalesce(sum(t.amount) filter (where t.due_on between :from and :to
                       and t.status = 'CANCELLED'), 0) as "cancelled"
            from funding_tranche t
            where t.unit_path like :pattern and (:unitId < 0 or t.unit_id = :unitId)
              and (t.due_on between :from and :to or t.paid_on between :from and :to or t.status = 'RELEASED')""",
            nativeQuery = true)
    EmployerTotal total(String pattern, long unitId, LocalDate from, LocalDate to);

    /**
     * The office's work in one statement: tranches due and not yet released (their condition may be open),
     * tranches released and waiting for payment, extension requests to decide. Each count reads the index on
     * (status, due_on), not the whole table.
     */
    @Query(value = """
            select (select count(*) from funding_tranche where status = 'SCHEDULED' and due_on <= :today),
                   (select count(*) from funding_tranche where status = 'RELEASED'),
                   (select count(*) from funding_extension where status = 'REQUESTED')""", nativeQuery = true)
    List<Object[]> officeWork(LocalDate today);

    /** The tranches in a state due in the period with a release condition other than this one. */
    List<FundingTranche> findByStatusAndDueOnBetweenAndConditionNotOrderById(TrancheStatus status, LocalDate from,
            LocalDate to, ReleaseCondition condition);
}
