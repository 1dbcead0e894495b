package cn.gov.talent.program;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    @Query("select distinct p from Program p left join fetch p.categories order by p.id")
    List<Program> findAllWithCategories();
}
