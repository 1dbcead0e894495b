package cn.gov.talent.yearend;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's figures of one year, as the year-end report shows them and as a submission freezes them (JSON, ADR
 * 0032): each figure split into national- and provincial-level people (000 Jiangxi §四(二): 国家级、省级人选), and
 * the people behind the changes, the final assessments and the honours. Every line of a section is present,
 * zeros included, so that the tables of two units or two years line up.
 *
 * @param changes 人员变化: newly selected, completed, withdrawn, persuaded out, revoked, transferred in and out
 * @param annualGrades 年度考核结果: the grades given in the year
 * @param finalOutcomes 终期考核结果: the final assessments decided in the year
 * @param honours 重大奖励 by level and 重大突破 by kind
 * @param people who is behind the changes, the final assessments and the honours
 */
public record YearEndFigures(int year, List<Line> changes, List<Line> annualGrades, List<Line> finalOutcomes,
        List<Line> honours, List<Person> people) {

    /** Sections of the report, in order; a person belongs to one of CHANGES, FINALS and HONOURS. */
    public static final String CHANGES = "changes";
    public static final String GRADES = "grades";
    public static final String FINALS = "finals";
    public static final String HONOURS = "honours";

    static final List<String> CHANGE_KEYS = List.of("SELECTED", "COMPLETED", "WITHDRAWN", "PERSUADED_OUT", "REVOKED",
            "TRANSFERRED_IN", "TRANSFERRED_OUT");

    /**
     * Only in the province's total: the transfers between two units that report, counted once and left out of
     * TRANSFERRED_IN and TRANSFERRED_OUT (each unit's own figures keep them as in and out).
     */
    static final String TRANSFERRED_WITHIN = "TRANSFERRED_WITHIN";

    static final List<String> GRADE_KEYS = List.of("EXCELLENT", "PASS", "BASIC_PASS", "FAIL");

    static final List<String> FINAL_KEYS = List.of("EXCELLENT", "PASS", "FAIL");

    static final List<String> HONOUR_KEYS = List.of("AWARD_INTERNATIONAL", "AWARD_NATIONAL", "AWARD_PROVINCIAL",
            "AWARD_CITY", "AWARD_OTHER", "MAJOR_PAPER", "MAJOR_MONOGRAPH", "MAJOR_PATENT", "MAJOR_REPORT",
            "MAJOR_STANDARD", "MAJOR_TRANSFER");

    /** One figure: its key, the message key that names it, and the counts of each tier. */
    public record Line(String key, String label, long national, long provincial) {

        public long total() {
            return national + provincial;
        }
    }

    /**
     * A person behind a figure: the section and key of the figure (FINAL_ and the outcome for a final
     * assessment), the message key naming it, the tier (NATIONAL or PROVINCIAL), the name, certificate and
     * employer, what (an output's title; for a transfer, the former and the new employer) and the day. For a
     * transfer, also its id and whether its other end lies under another unit that reports (a move between two
     * units of the report, which the province's total counts once: {@link #TRANSFERRED_WITHIN}); both are null
     * for every other figure, and the second is null too in live figures and in snapshots frozen before it was
     * recorded.
     */
    public record Person(String section, String key, String label, String tier, String name, String certificateNo,
            String employerName, String detail, LocalDate on, Long transferId, Boolean betweenUnits) {
    }

    /** The message key naming a figure of a section. */
    static String label(String section, String key) {
        return switch (section) {
            case GRADES -> "talent.grade." + key;
            case FINALS -> "talent.final.outcome." + key;
            default -> "yearend.figure." + key;
        };
    }

    /** The line of a section with this key (zeros if absent). */
    public Line line(String section, String key) {
        List<Line> lines = switch (section) {
            case CHANGES -> changes;
            case GRADES -> annualGrades;
            case FINALS -> finalOutcomes;
            case HONOURS -> honours;
            default -> throw new IllegalArgumentException(section);
        };
        return lines.stream().filter(line -> line.key().equals(key)).findFirst()
                .orElse(new Line(key, label(section, key), 0, 0));
    }

    /** The people of a section, in the order of its lines. */
    public List<Person> peopleOf(String section) {
        return people.stream().filter(person -> person.section().equals(section)).toList();
    }

    /** The total of a section's lines whose key starts with the prefix (all lines for an empty prefix). */
    public long sum(String section, String prefix) {
        List<Line> lines = switch (section) {
            case CHANGES -> changes;
            case GRADES -> annualGrades;
            case FINALS -> finalOutcomes;
            case HONOURS -> honours;
            default -> throw new IllegalArgumentException(section);
        };
        return lines.stream().filter(line -> line.key().startsWith(prefix)).mapToLong(Line::total).sum();
    }

    /** People who left the program in the year: withdrawn, persuaded out and revoked. */
    public long exits() {
        return line(CHANGES, "WITHDRAWN").total() + line(CHANGES, "PERSUADED_OUT").total()
                + line(CHANGES, "REVOKED").total();
    }
}
