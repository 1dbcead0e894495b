package cn.gov.talent.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierVersionRepository extends JpaRepository<DossierVersion, Long> {

    List<DossierVersion> findByApplicationIdOrderByNumberAsc(long applicationId);

    Optional<DossierVersion> findByApplicationIdAndNumber(long applicationId, int number);

    int countByApplicationId(long applicationId);

    Optional<DossierVersion> findFirstByApplicationIdOrderByNumberDesc(long applicationId);
}
