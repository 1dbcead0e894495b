package cn.gov.talent.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ExpertRepository extends JpaRepository<Expert, Long>, JpaSpecificationExecutor<Expert> {

    /** Every expert of a status with each of their disciplines: one row per expert and discipline. */
    @Query("select e.id, e.fullName, e.employerName, e.maxLoad, d.code from Expert e join e.disciplines d where e.status = :status")
    List<Object[]> withDisciplines(ExpertStatus status);

    Optional<Expert> findByUserId(long userId);

    @Query("select e.userId from Expert e where e.id in :ids and e.userId is not null")
    List<Long> userIdsOf(Collection<Long> ids);
}
