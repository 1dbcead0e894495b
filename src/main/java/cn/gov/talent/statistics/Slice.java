package cn.gov.talent.statistics;

import java.util.List;
import java.util.Map;

import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.StatisticsFilter;

/**
 * What a statistics page counts, decided from the reader and the filters: the reader's scope, the filter the
 * owning modules count with, the filters as kept (those in use), the choices the form offers, the names of the
 * units the counts are rolled up to (by path) and the problems with what was typed (message keys, the value
 * left out).
 */
record Slice(DataScope scope, StatisticsFilter filter, Long programId, Integer year, Long categoryId, Long unitId,
        List<Program> programs, List<Integer> years, List<UnitNode> units, Map<String, String> groupNames,
        boolean groupsAreRecommenders, Map<Long, ProgramCategory> categories, Map<String, BatchSummary> batches,
        List<String> problems) {

    /** The batch of a program and year ({@code programId:year}), if the program has one that year. */
    BatchSummary batch(String programAndYear) {
        return batches.get(programAndYear);
    }
}
