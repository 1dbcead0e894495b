package cn.gov.talent.program;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRepository extends JpaRepository<Discipline, String> {

    List<Discipline> findAllByOrderBySortOrder();
}
