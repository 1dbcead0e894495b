package cn.gov.talent.mobility;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversionRepository extends JpaRepository<Conversion, Long>, JpaSpecificationExecutor<Conversion> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Conversion c where c.id = :id")
    Optional<Conversion> lockById(long id);

    boolean existsByTalentRecordIdAndStatus(long talentRecordId, ConversionStatus status);
}
