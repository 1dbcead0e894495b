package cn.gov.talent.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    /** Each expert's active assignments in a round: their load for the draw. */
    @Query("""
            select a.expertId, count(a) from Assignment a
            where a.roundId = :roundId and a.status in ('ASSIGNED', 'SUBMITTED') group by a.expertId
            """)
    List<Object[]> loads(long roundId);

    /** One expert's active assignments in a round. */
    @Query("""
            select count(a) from Assignment a
            where a.roundId = :roundId and a.expertId = :expertId and a.status in ('ASSIGNED', 'SUBMITTED')
            """)
    long loadOf(long roundId, long expertId);

    List<Assignment> findByRoundIdAndApplicationId(long roundId, long applicationId);

    /** An expert's own list, with what the list shows of each application: one query. */
    @Query(value = """
            select new cn.gov.talent.review.AssignmentLine(a.id, a.status, r.id, r.number, r.mode, r.deadline,
                r.batchId, c.serialNo, c.applicantName, c.employerName, c.categoryId, c.disciplineCode,
                a.submittedAt)
            from Assignment a join ReviewRound r on r.id = a.roundId
              join RoundCandidate c on c.roundId = a.roundId and c.applicationId = a.applicationId
            where a.expertId = :expertId and a.status in :statuses
            """, countQuery = "select count(a) from Assignment a where a.expertId = :expertId and a.status in :statuses")
    Page<AssignmentLine> linesOf(long expertId, Collection<AssignmentStatus> statuses, Pageable pageable);

    /** Who reviews these applications in a round, with the experts' names: for the office only. */
    @Query("""
            select new cn.gov.talent.review.PanelSeat(a.id, a.applicationId, a.expertId, e.fullName, e.employerName,
                a.status, a.total, a.recommendation, a.statusReason)
            from Assignment a join Expert e on e.id = a.expertId
            where a.roundId = :roundId and a.applicationId in :ids order by a.id
            """)
    List<PanelSeat> panels(long roundId, Collection<Long> ids);

    @Query("select a.status, count(a) from Assignment a where a.roundId = :roundId group by a.status")
    List<Object[]> countByStatus(long roundId);

    long countByRoundIdAndApplicationIdAndStatus(long roundId, long applicationId, AssignmentStatus status);

    @Query("""
            select count(a) from Assignment a where a.roundId = :roundId and a.applicationId = :applicationId
              and a.status in ('ASSIGNED', 'SUBMITTED')
            """)
    long countActive(long roundId, long applicationId);

    /** How many tasks wait for the expert who signs in as this user. */
    @Query("""
            select count(a) from Assignment a, Expert e
            where e.userId = :userId and a.expertId = e.id and a.status = 'ASSIGNED'
            """)
    long countWaitingFor(long userId);

    /**
     * Each expert's reviews still to submit in the rounds not aggregated whose deadline falls in the period, for
     * the experts who sign in: one grouped query.
     */
    @Query("""
            select new cn.gov.talent.review.ReviewDue(r.id, r.batchId, r.number, r.deadline, e.userId, count(a))
            from Assignment a join ReviewRound r on r.id = a.roundId join Expert e on e.id = a.expertId
            where a.status = 'ASSIGNED' and r.aggregatedAt is null and e.userId is not null
              and r.deadline between :from and :to
            group by r.id, r.batchId, r.number, r.deadline, e.userId
            """)
    List<ReviewDue> dueBetween(LocalDate from, LocalDate to);
}
