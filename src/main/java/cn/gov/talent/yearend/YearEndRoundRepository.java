package cn.gov.talent.yearend;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface YearEndRoundRepository extends JpaRepository<YearEndRound, Long> {

    Optional<YearEndRound> findByYear(int year);

    boolean existsByYear(int year);

    List<YearEndRound> findAllByOrderByYearDesc();
}
