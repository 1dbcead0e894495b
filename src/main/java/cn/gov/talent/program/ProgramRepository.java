package cn.gov.talent.program;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    /**
     * The program locked while its batches or its limits change: a batch saved against the limits it read
     * and a limit changed against the batches it read wait for each other (004 §二(一): 每次选拔不超过100名).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Program p where p.id = :id")
    Optional<Program> lockById(long id);

    @Query("select distinct p from Program p left join fetch p.categories order by p.id")
    List<Program> findAllWithCategories();
}
