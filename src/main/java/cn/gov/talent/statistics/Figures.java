package cn.gov.talent.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gov.talent.application.ApplicationStatistics;
import cn.gov.talent.application.FunnelCounts;
import cn.gov.talent.funding.FundingStatistics;
import cn.gov.talent.funding.FundsCount;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.ProgramCategory;
import cn.gov.talent.program.TalentKind;
import cn.gov.talent.statistics.Figure.Chart;
import cn.gov.talent.statistics.Figure.Column;
import cn.gov.talent.statistics.Figure.Format;
import cn.gov.talent.tracking.AgeBand;
import cn.gov.talent.tracking.FinalAssessment;
import cn.gov.talent.tracking.Grade;
import cn.gov.talent.tracking.GradeCount;
import cn.gov.talent.tracking.OutputCount;
import cn.gov.talent.tracking.OutputKind;
import cn.gov.talent.tracking.TalentCount;
import cn.gov.talent.tracking.TalentStatistics;
import cn.gov.talent.tracking.TalentStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the statistics pages, made from the small lines of counts the owning modules return (one
 * statement each): names the rows in the reader's language, works out the rates and shares from the counts,
 * and writes each figure's chart data from the very numbers of its table.
 */
@Component
class Figures {

    /** How many employers the figure of employers shows, the most selected people first. */
    static final int TOP_EMPLOYERS = 15;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ApplicationStatistics applications;
    private final TalentStatistics talents;
    private final FundingStatistics funding;
    private final MessageSource messages;
    private final JsonMapper json;

    Figures(ApplicationStatistics applications, TalentStatistics talents, FundingStatistics funding,
            MessageSource messages, JsonMapper json) {
        this.applications = applications;
        this.talents = talents;
        this.funding = funding;
        this.messages = messages;
        this.json = json;
    }

    // ---- 遴选漏斗 ----------------------------------------------------------------------------------------

    /** The selection funnel: in total, per batch, per unit and per category (one statement). */
    List<Figure> selection(Slice slice, Locale locale) {
        List<FunnelCounts> counts = applications.funnel(slice.scope(), slice.filter());
        List<Figure> figures = new ArrayList<>();
        FunnelCounts total = counts.stream().filter(line -> "TOTAL".equals(line.dimension())).findFirst()
                .orElse(new FunnelCounts("TOTAL", null, 0, 0, 0, 0, 0, 0, 0, 0));
        List<String> stages = FunnelCounts.STAGES.stream().map(stage -> text(locale, "statistics.stage." + stage))
                .toList();
        List<BigDecimal> reached = total.counts().stream().map(BigDecimal::valueOf).toList();
        List<BigDecimal> ofPrevious = new ArrayList<>();
        List<BigDecimal> ofApplied = new ArrayList<>();
        for (int i = 0; i < reached.size(); i++) {
            ofPrevious.add(i == 0 ? null : percent(reached.get(i), reached.get(i - 1)));
            ofApplied.add(percent(reached.get(i), reached.get(0)));
        }
        figures.add(figure("funnel", text(locale, "statistics.fig.funnel.title"),
                text(locale, "statistics.fig.funnel.note"), text(locale, "statistics.row.stage"), stages,
                List.of(new Column(text(locale, "statistics.col.applications"), reached, Format.COUNT, true),
                        new Column(text(locale, "statistics.col.ofPrevious"), ofPrevious, Format.PERCENT, false),
                        new Column(text(locale, "statistics.col.ofApplied"), ofApplied, Format.PERCENT, false)),
                Chart.horizontalBars()));

        List<FunnelCounts> batches = funnelOf(counts, "BATCH").stream()
                .sorted(Comparator.comparing((FunnelCounts line) -> year(line.key())).reversed()
                        .thenComparing(FunnelCounts::key)).toList();
        figures.add(funnelBy("funnel-batches", text(locale, "statistics.fig.funnelByBatch.title"),
                text(locale, "statistics.row.batch"), batches, line -> batchName(slice, line.key()), stages, locale));
        figures.add(funnelBy("funnel-units", text(locale, "statistics.fig.funnelByUnit.title"),
                unitHeader(slice, locale), inGroupOrder(slice, funnelOf(counts, "UNIT"), FunnelCounts::key),
                line -> unitName(slice, line.key(), locale), stages, locale));
        figures.add(funnelBy("funnel-categories", text(locale, "statistics.fig.funnelByCategory.title"),
                text(locale, "statistics.row.category"), inCategoryOrder(slice, funnelOf(counts, "CATEGORY"),
                        FunnelCounts::key), line -> categoryName(slice, line.key()), stages, locale));
        return figures;
    }

    private Figure funnelBy(String id, String title, String rowHeader, List<FunnelCounts> lines,
            Function<FunnelCounts, String> name, List<String> stages, Locale locale) {
        List<Column> columns = new ArrayList<>();
        for (int stage = 0; stage < stages.size(); stage++) {
            int index = stage;
            columns.add(new Column(stages.get(stage),
                    lines.stream().map(line -> BigDecimal.valueOf(line.counts().get(index))).toList(), Format.COUNT,
                    true));
        }
        columns.add(new Column(text(locale, "statistics.col.selectionRate"), lines.stream()
                .map(line -> percent(BigDecimal.valueOf(line.selected()), BigDecimal.valueOf(line.applied())))
                .toList(), Format.PERCENT, false));
        return figure(id, title, null, rowHeader, lines.stream().map(name).toList(), columns, Chart.linesPerRow());
    }

    // ---- 入选人员 ------------------------------------------------------------------------------------------

    /**
     * The selected people per program and year, per category, the skilled against the professional per year
     * (004 §二(一)), per unit and the employers with the most (one statement).
     */
    List<Figure> people(Slice slice, Locale locale) {
        List<TalentCount> counts = talents.people(slice.scope(), slice.filter());
        String people = text(locale, "statistics.col.people");
        List<Figure> figures = new ArrayList<>();

        List<TalentCount> programYears = talentOf(counts, "PROGRAM_YEAR").stream()
                .sorted(Comparator.comparing((TalentCount line) -> year(line.key())).reversed()
                        .thenComparing(TalentCount::key)).toList();
        figures.add(single("people-batches", text(locale, "statistics.fig.programYear.title"), null,
                text(locale, "statistics.row.batch"), programYears, line -> batchName(slice, line.key()), people,
                Chart.horizontalBars()));
        figures.add(single("people-categories", text(locale, "statistics.fig.category.title"), null,
                text(locale, "statistics.row.category"),
                inCategoryOrder(slice, talentOf(counts, "CATEGORY"), TalentCount::key),
                line -> categoryName(slice, line.key()), people, Chart.horizontalBars()));
        figures.add(skilledShare(slice, talentOf(counts, "CATEGORY_YEAR"), locale));
        figures.add(single("people-units", text(locale, "statistics.fig.unit.title"), null, unitHeader(slice, locale),
                inGroupOrder(slice, talentOf(counts, "UNIT"), TalentCount::key),
                line -> unitName(slice, line.key(), locale), people, Chart.horizontalBars()));
        List<TalentCount> employers = talentOf(counts, "EMPLOYER").stream()
                .sorted(Comparator.comparingLong(TalentCount::count).reversed()
                        .thenComparing(line -> Objects.toString(line.label(), "")))
                .limit(TOP_EMPLOYERS).toList();
        figures.add(single("people-employers", text(locale, "statistics.fig.employer.title"),
                text(locale, "statistics.fig.employer.note", TOP_EMPLOYERS), text(locale, "statistics.row.employer"),
                employers, TalentCount::label, people, Chart.horizontalBars()));
        return figures;
    }

    /**
     * The selected people by region, discipline group, title level, gender and age band at selection, on the
     * talent record's profile columns (one statement).
     */
    List<Figure> profile(Slice slice, Locale locale) {
        List<TalentCount> counts = talents.profile(slice.scope(), slice.filter());
        String people = text(locale, "statistics.col.people");
        String unknown = text(locale, "statistics.value.unknown");
        List<Figure> figures = new ArrayList<>();
        figures.add(single("profile-regions", text(locale, "statistics.fig.region.title"), null,
                text(locale, "statistics.row.region"), inKeyOrder(talentOf(counts, "REGION"),
                        List.of("EAST", "CENTRAL", "WEST", "NORTHEAST")),
                line -> line.key() == null ? unknown : text(locale, "region." + line.key()), people, Chart.pie()));
        figures.add(single("profile-disciplines", text(locale, "statistics.fig.disciplineGroup.title"), null,
                text(locale, "statistics.row.disciplineGroup"), talentOf(counts, "DISCIPLINE_GROUP"),
                line -> line.key() == null ? unknown : line.key(), people, Chart.horizontalBars()));
        figures.add(single("profile-titles", text(locale, "statistics.fig.titleLevel.title"), null,
                text(locale, "statistics.row.titleLevel"), inKeyOrder(talentOf(counts, "TITLE_LEVEL"),
                        List.of("SENIOR", "DEPUTY_SENIOR", "INTERMEDIATE", "JUNIOR", "NONE")),
                line -> line.key() == null ? unknown : text(locale, "title." + line.key()), people,
                Chart.horizontalBars()));
        figures.add(single("profile-genders", text(locale, "statistics.fig.gender.title"), null,
                text(locale, "statistics.row.gender"), inKeyOrder(talentOf(counts, "GENDER"), List.of("M", "F")),
                line -> line.key() == null ? unknown
                        : text(locale, "M".equals(line.key()) ? "gender.MALE" : "gender.FEMALE"), people, Chart.pie()));
        figures.add(single("profile-ages", text(locale, "statistics.fig.ageBand.title"),
                text(locale, "statistics.fig.ageBand.note"), text(locale, "statistics.row.ageBand"),
                inKeyOrder(talentOf(counts, "AGE_BAND"),
                        java.util.Arrays.stream(AgeBand.values()).map(Enum::name).toList()),
                line -> text(locale, AgeBand.valueOf(line.key() == null ? "UNKNOWN" : line.key()).messageKey()),
                people, Chart.bars()));
        return figures;
    }

    /** Per selection year: the highly skilled, the professional and the unmarked, and the skilled share. */
    private Figure skilledShare(Slice slice, List<TalentCount> categoryYears, Locale locale) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (TalentCount line : categoryYears) {
            String[] parts = line.key().split(":");
            ProgramCategory category = slice.categories().get(Long.valueOf(parts[0]));
            TalentKind kind = category == null ? null : category.getTalentKind();
            long[] counts = byYear.computeIfAbsent(Integer.valueOf(parts[1]), year -> new long[3]);
            counts[kind == TalentKind.SKILLED ? 0 : kind == TalentKind.PROFESSIONAL ? 1 : 2] += line.count();
        }
        List<String> rows = byYear.keySet().stream().map(String::valueOf).toList();
        List<long[]> values = List.copyOf(byYear.values());
        List<Column> columns = List.of(
                new Column(text(locale, "statistics.col.skilled"), column(values, 0), Format.COUNT, true),
                new Column(text(locale, "statistics.col.professional"), column(values, 1), Format.COUNT, true),
                new Column(text(locale, "statistics.col.unclassified"), column(values, 2), Format.COUNT, true),
                new Column(text(locale, "statistics.col.skilledShare"), values.stream()
                        .map(v -> percent(BigDecimal.valueOf(v[0]), BigDecimal.valueOf(v[0] + v[1]))).toList(),
                        Format.PERCENT, false));
        return figure("people-skilled", text(locale, "statistics.fig.skilled.title"),
                text(locale, "statistics.fig.skilled.note"), text(locale, "statistics.row.year"), rows, columns,
                Chart.stackedBars());
    }

    // ---- 入选后 --------------------------------------------------------------------------------------------

    /**
     * After selection: the people by state, the annual and final assessments per year, the outputs per year
     * by kind, the funds per year and per unit (four statements).
     */
    List<Figure> afterSelection(Slice slice, Locale locale) {
        List<Figure> figures = new ArrayList<>();
        List<TalentCount> states = inKeyOrder(talentOf(talents.people(slice.scope(), slice.filter()), "STATUS"),
                java.util.Arrays.stream(TalentStatus.values()).map(Enum::name).toList());
        figures.add(single("after-states", text(locale, "statistics.fig.status.title"), null,
                text(locale, "statistics.row.status"), states,
                line -> text(locale, TalentStatus.valueOf(line.key()).messageKey()), text(locale, "statistics.col.people"),
                Chart.horizontalBars()));

        List<GradeCount> grades = talents.assessments(slice.scope(), slice.filter());
        figures.add(grades("after-grades", text(locale, "statistics.fig.grades.title"), grades, "ANNUAL",
                java.util.Arrays.stream(Grade.values()).map(grade -> new String[] {grade.name(), grade.messageKey()})
                        .toList(), locale));
        figures.add(grades("after-finals", text(locale, "statistics.fig.finals.title"), grades, "FINAL",
                java.util.Arrays.stream(FinalAssessment.Outcome.values())
                        .map(outcome -> new String[] {outcome.name(), outcome.messageKey()}).toList(), locale));

        List<OutputCount> outputs = talents.outputs(slice.scope(), slice.filter());
        TreeSet<Integer> outputYears = new TreeSet<>();
        outputs.forEach(line -> outputYears.add(line.year()));
        List<Column> kinds = new ArrayList<>();
        for (OutputKind kind : OutputKind.values()) {
            kinds.add(new Column(text(locale, kind.messageKey()), outputYears.stream().map(year -> BigDecimal.valueOf(
                    outputs.stream().filter(line -> line.year() == year && line.kind() == kind)
                            .mapToLong(OutputCount::count).sum())).toList(), Format.COUNT, true));
        }
        kinds.add(new Column(text(locale, "statistics.col.major"), outputYears.stream().map(year -> BigDecimal.valueOf(
                outputs.stream().filter(line -> line.year() == year).mapToLong(OutputCount::major).sum())).toList(),
                Format.COUNT, false));
        figures.add(figure("after-outputs", text(locale, "statistics.fig.outputs.title"), null,
                text(locale, "statistics.row.year"), outputYears.stream().map(String::valueOf).toList(), kinds,
                Chart.stackedBars()));

        List<FundsCount> funds = funding.funds(slice.scope(), slice.filter());
        List<FundsCount> years = of(funds, FundsCount::dimension, "YEAR").stream()
                .sorted(Comparator.comparing(FundsCount::key)).toList();
        figures.add(fundsFigure("after-funds-years", text(locale, "statistics.fig.fundsByYear.title"),
                text(locale, "statistics.row.year"), years, FundsCount::key, locale, Chart.bars()));
        figures.add(fundsFigure("after-funds-units", text(locale, "statistics.fig.fundsByUnit.title"),
                unitHeader(slice, locale), inGroupOrder(slice, of(funds, FundsCount::dimension, "UNIT"), FundsCount::key),
                line -> unitName(slice, line.key(), locale), locale, Chart.horizontalBars()));
        return figures;
    }

    private Figure grades(String id, String title, List<GradeCount> counts, String kind, List<String[]> grades,
            Locale locale) {
        TreeSet<Integer> years = new TreeSet<>();
        counts.stream().filter(line -> line.kind().equals(kind)).forEach(line -> years.add(line.year()));
        List<Column> columns = grades.stream().map(grade -> new Column(text(locale, grade[1]), years.stream()
                .map(year -> BigDecimal.valueOf(counts.stream().filter(line -> line.kind().equals(kind)
                        && line.year() == year && line.grade().equals(grade[0])).mapToLong(GradeCount::count).sum()))
                .toList(), Format.COUNT, true)).toList();
        return figure(id, title, null, text(locale, "statistics.row.year"),
                years.stream().map(String::valueOf).toList(), columns, Chart.stackedBars());
    }

    private Figure fundsFigure(String id, String title, String rowHeader, List<FundsCount> lines,
            Function<FundsCount, String> name, Locale locale, Chart chart) {
        return figure(id, title, text(locale, "statistics.fig.funds.note"), rowHeader,
                lines.stream().map(name).toList(),
                List.of(new Column(text(locale, "statistics.col.committed"),
                        lines.stream().map(FundsCount::committed).toList(), Format.YUAN, true),
                        new Column(text(locale, "statistics.col.paid"), lines.stream().map(FundsCount::paid).toList(),
                                Format.YUAN, true)),
                chart);
    }

    // ---- naming and ordering -------------------------------------------------------------------------

    private Figure single(String id, String title, String note, String rowHeader, List<TalentCount> lines,
            Function<TalentCount, String> name, String column, Chart chart) {
        return figure(id, title, note, rowHeader, lines.stream().map(name).toList(),
                List.of(new Column(column, lines.stream().map(line -> BigDecimal.valueOf(line.count())).toList(),
                        Format.COUNT, true)), chart);
    }

    /** A figure with its chart data: the rows' names and the charted columns, with their numbers as in the table. */
    private Figure figure(String id, String title, String note, String rowHeader, List<String> rows,
            List<Column> columns, Chart chart) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", chart.type());
        data.put("horizontal", chart.horizontal());
        data.put("stacked", chart.stacked());
        data.put("byRow", chart.byRow());
        data.put("labels", rows);
        data.put("series", columns.stream().filter(Column::charted).map(column -> {
            Map<String, Object> series = new LinkedHashMap<>();
            series.put("name", column.label());
            series.put("format", column.format().name());
            series.put("data", column.values());
            return series;
        }).toList());
        return new Figure(id, title, note, rowHeader, rows, columns, chart, json.writeValueAsString(data));
    }

    private static <T> List<T> of(List<T> lines, Function<T, String> dimension, String wanted) {
        return lines.stream().filter(line -> wanted.equals(dimension.apply(line))).toList();
    }

    private static List<FunnelCounts> funnelOf(List<FunnelCounts> lines, String dimension) {
        return of(lines, FunnelCounts::dimension, dimension);
    }

    private static List<TalentCount> talentOf(List<TalentCount> lines, String dimension) {
        return of(lines, TalentCount::dimension, dimension);
    }

    /** The lines of the units rolled up to in the tree's order, then the line of those under none of them. */
    private static <T> List<T> inGroupOrder(Slice slice, List<T> lines, Function<T, String> path) {
        List<String> order = List.copyOf(slice.groupNames().keySet());
        return lines.stream().sorted(Comparator.comparingInt(line -> {
            String key = path.apply(line);
            int index = key == null ? -1 : order.indexOf(key);
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    /** The lines of categories in the programs' order. */
    private static <T> List<T> inCategoryOrder(Slice slice, List<T> lines, Function<T, String> categoryId) {
        List<Long> order = List.copyOf(slice.categories().keySet());
        return lines.stream().sorted(Comparator.comparingInt(line -> {
            int index = order.indexOf(Long.valueOf(categoryId.apply(line)));
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    private static List<TalentCount> inKeyOrder(List<TalentCount> lines, List<String> order) {
        return lines.stream().sorted(Comparator.comparingInt(line -> {
            // List.of refuses to look for null: a value not recorded sorts last
            int index = line.key() == null ? -1 : order.indexOf(line.key());
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    private String unitHeader(Slice slice, Locale locale) {
        return text(locale, slice.groupsAreRecommenders() ? "statistics.row.recommender" : "statistics.row.unit");
    }

    private String unitName(Slice slice, String path, Locale locale) {
        return path == null ? text(locale, "statistics.unit.other")
                : slice.groupNames().getOrDefault(path, text(locale, "statistics.unit.other"));
    }

    private static String batchName(Slice slice, String programAndYear) {
        BatchSummary batch = slice.batch(programAndYear);
        if (batch != null) {
            return batch.title();
        }
        String[] parts = programAndYear.split(":");
        return slice.programs().stream().filter(program -> program.getId().toString().equals(parts[0]))
                .findFirst().map(program -> parts[1] + " " + program.getName()).orElse(programAndYear);
    }

    private static String categoryName(Slice slice, String categoryId) {
        ProgramCategory category = slice.categories().get(Long.valueOf(categoryId));
        return category == null ? categoryId : category.getName();
    }

    private static int year(String programAndYear) {
        return Integer.parseInt(programAndYear.substring(programAndYear.indexOf(':') + 1));
    }

    private static List<BigDecimal> column(List<long[]> values, int index) {
        return values.stream().map(v -> BigDecimal.valueOf(v[index])).toList();
    }

    /** {@code part} of {@code whole} in per cent to one decimal; none of nothing. */
    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
