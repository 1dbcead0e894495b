package cn.gov.talent.yearend;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface YearEndReportRepository extends JpaRepository<YearEndReport, Long> {

    Optional<YearEndReport> findByRoundIdAndUnitId(long roundId, long unitId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<YearEndReport> findLockedByRoundIdAndUnitId(long roundId, long unitId);

    List<YearEndReport> findByRoundId(long roundId);

    List<YearEndReport> findByRoundIdAndStatusOrderByUnitPath(long roundId, YearEndStatus status);
}
