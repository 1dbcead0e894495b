package cn.gov.talent.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gov.talent.organization.Organization;
import cn.gov.talent.organization.UnitKind;
import cn.gov.talent.organization.UnitNode;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.DataScope;
import cn.gov.talent.shared.StatisticsFilter;

/**
 * Decides what a statistics page counts ({@link Slice}) from the reader and the filters, in three statements
 * whatever the data (the programs with their categories, the batches, the organisation tree). The office and
 * the supervisor choose among the recommending units and see the counts rolled up to them (or, with one
 * chosen, to the units below it); a recommending unit chooses among its own units and sees its subtree only,
 * rolled up to them. A program stands for its categories; a category must be of the chosen program.
 */
@Component
class Slicer {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Programs programs;
    private final Organization organization;

    Slicer(Programs programs, Organization organization) {
        this.programs = programs;
        this.organization = organization;
    }

    Slice slice(CurrentUser user, StatisticsQuery query, boolean byYear) {
        DataScope scope = DataScope.of(user);
        List<String> problems = new ArrayList<>();

        List<Program> all = programs.programsWithCategories();
        Map<Long, ProgramCategory> categories = new LinkedHashMap<>();
        Map<Long, Long> programOf = new LinkedHashMap<>();
        all.forEach(program -> program.getCategories().forEach(category -> {
            categories.put(category.getId(), category);
            programOf.put(category.getId(), program.getId());
        }));
        Map<String, BatchSummary> batches = new LinkedHashMap<>();
        List<Integer> years = new ArrayList<>();
        programs.batches().stream().sorted(Comparator.comparing(BatchSummary::year).reversed()
                .thenComparing(BatchSummary::id)).forEach(batch -> {
                    batches.putIfAbsent(batch.programId() + ":" + batch.year(), batch);
                    if (!years.contains(batch.year())) {
                        years.add(batch.year());
                    }
                });

        Long programId = query.getProgramId();
        Long asked = programId;
        if (programId != null && all.stream().noneMatch(program -> program.getId().equals(asked))) {
            problems.add("statistics.problem.program");
            programId = null;
        }
        Integer year = byYear ? query.getYear() : null;
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            problems.add("statistics.problem.year");
            year = null;
        }
        Long categoryId = query.getCategoryId();
        if (categoryId != null && !categories.containsKey(categoryId)) {
            problems.add("statistics.problem.category");
            categoryId = null;
        } else if (categoryId != null && programId != null && !programId.equals(programOf.get(categoryId))) {
            problems.add("statistics.problem.categoryOfProgram");
            categoryId = null;
        }
        List<Long> categoryIds = new ArrayList<>();
        if (categoryId != null) {
            categoryIds.add(categoryId);
        } else if (programId != null) {
            Long chosen = programId;
            programOf.forEach((category, program) -> {
                if (program.equals(chosen)) {
                    categoryIds.add(category);
                }
            });
            if (categoryIds.isEmpty()) {
                categoryIds.add(-1L); // a program without categories has nothing to count
            }
        }

        List<UnitNode> tree = organization.tree();
        Optional<UnitNode> own = scope.kind() == DataScope.Kind.ALL ? Optional.empty()
                : tree.stream().filter(unit -> unit.id() == scope.unitId()).findFirst();
        List<UnitNode> options = own.map(unit -> childrenOf(tree, unit))
                .orElseGet(() -> tree.stream().filter(unit -> unit.kind() == UnitKind.RECOMMENDER).toList());
        Long unitId = query.getUnitId();
        Optional<UnitNode> chosen = Optional.empty();
        if (unitId != null) {
            chosen = options.stream().filter(unit -> unit.id().equals(unitId)).findFirst();
            if (chosen.isEmpty()) {
                problems.add("statistics.problem.unit");
            }
        }
        Optional<UnitNode> narrowing = chosen.isPresent() ? chosen : own;
        List<UnitNode> groups = narrowing.map(unit -> {
            List<UnitNode> below = childrenOf(tree, unit);
            return below.isEmpty() ? List.of(unit) : below;
        }).orElse(options);
        Map<String, String> groupNames = new LinkedHashMap<>();
        groups.forEach(unit -> groupNames.put(unit.path(), unit.name()));

        StatisticsFilter filter = new StatisticsFilter(year, categoryIds, chosen.map(UnitNode::path).orElse(null),
                List.copyOf(groupNames.keySet()));
        return new Slice(scope, filter, programId, year, categoryId, chosen.map(UnitNode::id).orElse(null), all,
                years, options, groupNames, narrowing.isEmpty(), categories, batches, problems);
    }

    private static List<UnitNode> childrenOf(List<UnitNode> tree, UnitNode parent) {
        return tree.stream().filter(unit -> parent.id().equals(unit.parentId())).toList();
    }
}
