package cn.gov.talent.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

    @Query(value = "select nextval('application_serial_seq')", nativeQuery = true)
    long nextSerial();

    boolean existsByApplicantIdAndBatchId(long applicantId, long batchId);

    List<Application> findByApplicantIdOrderByCreatedAtDesc(long applicantId);
}
