package cn.gov.talent.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a statistic (统计分析) counts, as every module that owns the counted table reads it: the year (the
 * batch year of an application, the selection year of a talent record; null for every year), the categories
 * (empty for every one: a program is the list of its categories), the subtree of one unit (null for the
 * reader's whole scope), and the units whose subtrees the counts are rolled up to (the recommending units
 * for the office, the units below the chosen one otherwise), each by its materialised path. Each module
 * aggregates in SQL with these as parameters; nothing here reads a table.
 */
public record StatisticsFilter(Integer year, List<Long> categoryIds, String unitPath, List<String> groupPaths) {

    public StatisticsFilter {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        groupPaths = groupPaths == null ? List.of() : List.copyOf(groupPaths);
    }

    /** Every year, category and unit of the scope, rolled up to no unit. */
    public static StatisticsFilter everything() {
        return new StatisticsFilter(null, List.of(), null, List.of());
    }

    /** The year as a query parameter: 0 for every year. */
    public int yearOrZero() {
        return year == null ? 0 : year;
    }

    /** The categories as a query parameter: their ids separated by commas, empty for every category. */
    public String categoryList() {
        return joined(categoryIds.stream().map(String::valueOf).toList());
    }

    /** The units to roll up to as a query parameter: their paths separated by commas (a path has none). */
    public String groupList() {
        return joined(groupPaths);
    }

    /** The chosen unit's subtree as a LIKE pattern ({@code %}: the whole scope). */
    public String unitPattern() {
        return unitPath == null ? "%" : LikePattern.startingWith(unitPath);
    }

    /**
     * The reader's scope as a LIKE pattern on a unit path: everything for the office and the supervisor, the
     * subtree of a recommending unit or the unit of an employer; empty for anyone else (nothing is counted).
     */
    public static Optional<String> scopePattern(DataScope scope) {
        return switch (scope.kind()) {
            case ALL -> Optional.of("%");
            case SUBTREE, UNIT -> Optional.of(LikePattern.startingWith(scope.unitPath()));
            case OWN, NONE -> Optional.empty();
        };
    }

    private static String joined(Collection<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }
}
