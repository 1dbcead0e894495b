package cn.gov.talent.yearend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.mobility.TransferFigures;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.tracking.YearFigures;
import cn.gov.talent.yearend.YearEndFigures.Line;
import cn.gov.talent.yearend.YearEndFigures.Person;

/**
 * Puts a unit's figures together from what tracking and mobility count in SQL ({@link YearFigures},
 * {@link TransferFigures}): never a record loaded, a constant number of statements whatever the number of
 * records or of units. The people behind the figures are read for one unit only (its page and its snapshot).
 */
@Component
class YearEndCounts {

    private final YearFigures talents;
    private final TransferFigures transfers;
    private final Programs programs;

    YearEndCounts(YearFigures talents, TransferFigures transfers, Programs programs) {
        this.talents = talents;
        this.transfers = transfers;
        this.programs = programs;
    }

    /**
     * One unit's figures, with the people behind them. {@code reporting}: the paths of the units that report,
     * to mark each transfer whose other end lies under one of them (a move between units of the report); null
     * when that does not matter (the live page), the mark then left null.
     */
    @Transactional(readOnly = true)
    YearEndFigures of(String path, int year, Collection<String> reporting) {
        List<String> paths = List.of(path);
        Map<Long, ProgramTier> tiers = tiers();
        Counter counter = new Counter(tiers);
        count(counter, paths, year);
        List<Person> people = new ArrayList<>();
        List<Person> finals = new ArrayList<>();
        for (YearFigures.Named named : talents.changedPeople(paths, year)) {
            if (named.key().startsWith("FINAL_")) {
                finals.add(new Person(YearEndFigures.FINALS, named.key(), "yearend.figure." + named.key(),
                        tier(tiers, named.programId()), named.personName(), named.certificateNo(),
                        named.employerName(), named.detail(), named.on(), null, null));
            } else {
                people.add(new Person(YearEndFigures.CHANGES, named.key(), "yearend.figure." + named.key(),
                        tier(tiers, named.programId()), named.personName(), named.certificateNo(),
                        named.employerName(), named.detail(), named.on(), null, null));
            }
        }
        for (TransferFigures.Named moved : transfers.movedPeople(paths, year)) {
            boolean in = moved.key().equals("TRANSFERRED_IN");
            String otherEnd = in ? moved.fromUnitPath() : moved.toUnitPath();
            Boolean betweenUnits = reporting == null ? null
                    : reporting.stream().anyMatch(unit -> !unit.equals(path) && otherEnd.startsWith(unit));
            people.add(new Person(YearEndFigures.CHANGES, moved.key(), "yearend.figure." + moved.key(),
                    tier(tiers, moved.programId()), moved.personName(), moved.certificateNo(),
                    in ? moved.toEmployerName() : moved.fromEmployerName(),
                    moved.fromEmployerName() + " → " + moved.toEmployerName(), moved.on(), moved.transferId(),
                    betweenUnits));
        }
        people.sort(java.util.Comparator.comparing((Person person) -> YearEndFigures.CHANGE_KEYS.indexOf(person.key()))
                .thenComparing(Person::on).thenComparing(Person::name));
        people.addAll(finals);
        for (YearFigures.Named honour : talents.honourList(paths, year)) {
            people.add(new Person(YearEndFigures.HONOURS, honour.key(), "yearend.figure." + honour.key(),
                    tier(tiers, honour.programId()), honour.personName(), honour.certificateNo(),
                    honour.employerName(), honour.detail(), honour.on(), null, null));
        }
        return counter.figures(path, year, people);
    }

    /** Every unit's figures at once (no people), by path. */
    @Transactional(readOnly = true)
    Map<String, YearEndFigures> of(Collection<String> paths, int year) {
        Counter counter = new Counter(tiers());
        count(counter, paths, year);
        Map<String, YearEndFigures> figures = new LinkedHashMap<>();
        paths.forEach(path -> figures.put(path, counter.figures(path, year, List.of())));
        return figures;
    }

    private void count(Counter counter, Collection<String> paths, int year) {
        talents.changes(paths, year).forEach(row -> counter.add(YearEndFigures.CHANGES, row.scopePath(),
                row.programId(), row.key(), row.count()));
        transfers.moves(paths, year).forEach(row -> counter.add(YearEndFigures.CHANGES, row.scopePath(),
                row.programId(), row.key(), row.count()));
        talents.annualGrades(paths, year).forEach(row -> counter.add(YearEndFigures.GRADES, row.scopePath(),
                row.programId(), row.key(), row.count()));
        talents.finalOutcomes(paths, year).forEach(row -> counter.add(YearEndFigures.FINALS, row.scopePath(),
                row.programId(), row.key(), row.count()));
        talents.honours(paths, year).forEach(row -> counter.add(YearEndFigures.HONOURS, row.scopePath(),
                row.programId(), row.key(), row.count()));
    }

    private Map<Long, ProgramTier> tiers() {
        Map<Long, ProgramTier> tiers = new HashMap<>();
        for (Program program : programs.programsWithCategories()) {
            tiers.put(program.getId(), program.getTier());
        }
        return tiers;
    }

    private static String tier(Map<Long, ProgramTier> tiers, long programId) {
        return tiers.getOrDefault(programId, ProgramTier.PROVINCIAL).name();
    }

    /** Counts by section, path, key and tier. */
    private static final class Counter {

        private final Map<Long, ProgramTier> tiers;
        private final Map<String, long[]> counts = new HashMap<>();

        Counter(Map<Long, ProgramTier> tiers) {
            this.tiers = tiers;
        }

        void add(String section, String path, long programId, String key, long count) {
            long[] cell = counts.computeIfAbsent(section + "|" + path + "|" + key, k -> new long[2]);
            cell[tiers.getOrDefault(programId, ProgramTier.PROVINCIAL) == ProgramTier.NATIONAL ? 0 : 1] += count;
        }

        YearEndFigures figures(String path, int year, List<Person> people) {
            return new YearEndFigures(year, lines(YearEndFigures.CHANGES, path, YearEndFigures.CHANGE_KEYS),
                    lines(YearEndFigures.GRADES, path, YearEndFigures.GRADE_KEYS),
                    lines(YearEndFigures.FINALS, path, YearEndFigures.FINAL_KEYS),
                    lines(YearEndFigures.HONOURS, path, YearEndFigures.HONOUR_KEYS), List.copyOf(people));
        }

        private List<Line> lines(String section, String path, List<String> keys) {
            return keys.stream().map(key -> {
                long[] cell = counts.getOrDefault(section + "|" + path + "|" + key, new long[2]);
                return new Line(key, YearEndFigures.label(section, key), cell[0], cell[1]);
            }).toList();
        }
    }
}
