package cn.gov.talent.support;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.program.eligibility.EligibilityRule;
import cn.gov.talent.program.eligibility.RuleKind;

/**
 * 千人计划创新人才长期项目 (002 art. 5 and 13), set up by the tests that need what no demo program has: an
 * age and a degree an exception may relax (对业绩特别突出…可适当放宽年龄、学历、专业职务要求) and a limit of
 * two attempts that a major breakthrough may relax. One program, one category {@code LONG}, a batch of
 * the demo's year open today.
 */
@Component
public class LongTermProgram {

    public static final String CODE = "QRL";

    private final Programs programs;
    private final TestData data;

    LongTermProgram(Programs programs, TestData data) {
        this.programs = programs;
        this.data = data;
    }

    /** The program's id, created on first use. */
    public synchronized long programId() {
        return programs.programByCode(CODE).map(program -> program.getId()).orElseGet(() -> {
            long id = programs.createProgram(CODE, "千人计划创新人才长期项目", ProgramTier.NATIONAL, null,
                    List.<String[]>of(new String[] {"LONG", "创新人才长期项目"})).getId();
            programs.setRules(CODE, "LONG", List.of(EligibilityRule.of(RuleKind.MAX_AGE, 55).relaxable(true),
                    EligibilityRule.of(RuleKind.MIN_QUALIFICATION, "DEGREE:DOCTOR").relaxable(true),
                    EligibilityRule.of(RuleKind.ATTEMPT_LIMIT, 2).relaxable(true)));
            return id;
        });
    }

    public long categoryId() {
        programId();
        return data.categoryId(CODE, "LONG");
    }

    /** This year's batch, open today. */
    public synchronized long batchId() {
        long program = programId();
        return programs.batches().stream().filter(b -> b.programId() == program && b.year() == data.year())
                .findFirst().map(b -> b.id()).orElseGet(() -> programs.createBatch(program, data.year(),
                        "创新人才长期项目 " + data.year(), BatchStage.OPEN, data.today().minusDays(10),
                        data.today().plusDays(30), data.referenceDate()).id());
    }
}
