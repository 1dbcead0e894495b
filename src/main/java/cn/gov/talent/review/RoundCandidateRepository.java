package cn.gov.talent.review;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface RoundCandidateRepository extends JpaRepository<RoundCandidate, RoundCandidate.Key> {

    Optional<RoundCandidate> findByRoundIdAndApplicationId(long roundId, long applicationId);

    List<RoundCandidate> findByRoundId(long roundId);

    /**
     * A round's candidates, read only: the session keeps no copy to check for changes (a round has 20,000), and
     * changes to them are not written; for the draw and the aggregation, which write with statements of their own.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<RoundCandidate> readByRoundId(long roundId);

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
