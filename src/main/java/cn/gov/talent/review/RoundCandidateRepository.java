package cn.gov.talent.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundCandidateRepository extends JpaRepository<RoundCandidate, RoundCandidate.Key> {

    Optional<RoundCandidate> findByRoundIdAndApplicationId(long roundId, long applicationId);

    List<RoundCandidate> findByRoundId(long roundId);

    /**
     * A round's candidates as plain copies, not entities of the session: a round has 20,000, which the session would
     * otherwise go through before every query of the transaction (auto-flush), and changes to them are not written.
     * For the draw and the aggregation, which write with statements of their own.
     */
    @Query("""
            select new cn.gov.talent.review.RoundCandidate(c.roundId, c.applicationId, c.categoryId, c.disciplineCode,
                c.serialNo, c.applicantName, c.employerName, c.unfilled, c.unfilledReason)
            from RoundCandidate c where c.roundId = :roundId
            """)
    List<RoundCandidate> copiesOf(long roundId);

    @Query("""
            select c from RoundCandidate c where c.roundId = :roundId
              and (:categoryId is null or c.categoryId = :categoryId)
              and (:unfilledOnly = false or c.unfilled > 0)
            """)
    Page<RoundCandidate> search(long roundId, Long categoryId, boolean unfilledOnly, Pageable pageable);

    long countByRoundId(long roundId);

    @Query("select coalesce(sum(c.unfilled), 0) from RoundCandidate c where c.roundId = :roundId")
    long unfilledSlots(long roundId);

    @Query("select count(c) from RoundCandidate c where c.roundId = :roundId and c.unfilled > 0")
    long candidatesWithUnfilled(long roundId);
}
