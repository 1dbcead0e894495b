package cn.gov.talent.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BatchRepository extends JpaRepository<Batch, Long> {

    @Query("select b from Batch b join fetch b.program order by b.year desc, b.program.id")
    List<Batch> findAllWithProgram();

    /** The batches in these stages, with their programs: one query. */
    @Query("select b from Batch b join fetch b.program where b.stage in :stages order by b.year desc, b.id")
    List<Batch> findInStagesWithProgram(Collection<BatchStage> stages);

    Optional<Batch> findByProgramIdAndYear(long programId, int year);

    List<Batch> findByProgramIdOrderByYear(long programId);
}
