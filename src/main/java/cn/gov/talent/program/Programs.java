package cn.gov.talent.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs, categories and batches: the public face of the program module. */
@Service
@Transactional(readOnly = true)
public class Programs {

    private final ProgramRepository programs;
    private final BatchRepository batches;

    Programs(ProgramRepository programs, BatchRepository batches) {
        this.programs = programs;
        this.batches = batches;
    }

    public List<Program> programsWithCategories() {
        return programs.findAllWithCategories();
    }

    public List<BatchSummary> batches() {
        return batches.findAllWithProgram().stream().map(BatchSummary::of).toList();
    }

    /** Every batch by id: small enough to read whole, so that lists can label rows without joins. */
    public Map<Long, BatchSummary> batchesById() {
        return batches().stream().collect(Collectors.toMap(BatchSummary::id, Function.identity()));
    }

    /** Every category name by id. */
    public Map<Long, String> categoryNames() {
        return programs.findAllWithCategories().stream().flatMap(p -> p.getCategories().stream())
                .collect(Collectors.toMap(ProgramCategory::getId, ProgramCategory::getName));
    }

    public Optional<BatchSummary> batch(long id) {
        return batches.findById(id).map(BatchSummary::of);
    }

    public Optional<Program> programByCode(String code) {
        return programs.findByCode(code);
    }

    @Transactional
    public Program createProgram(String code, String name, ProgramTier tier, String description,
            List<String[]> categories) {
        var program = new Program(code, name, tier, description);
        categories.forEach(category -> program.addCategory(category[0], category[1]));
        return programs.save(program);
    }

    @Transactional
    public BatchSummary createBatch(long programId, int year, String title, BatchStage stage, LocalDate opens,
            LocalDate closes) {
        Program program = programs.findById(programId).orElseThrow();
        return BatchSummary.of(batches.save(new Batch(program, year, title, stage, opens, closes)));
    }
}
