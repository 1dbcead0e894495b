package cn.gov.talent.tracking;

import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;

import cn.gov.talent.shared.Labelled;

/**
 * 年龄段 at a chosen date, from the birth date on the talent record: 35 and under, 36 to 45, 46 to 55,
 * over 55, and unknown (no birth date). An age is whole years completed on that date, as the eligibility
 * check counts it. A band is a range of birth dates ({@link #bornAfter}, {@link #bornOnOrBefore}), so that a
 * filter is a range on the indexed column; {@link #sql} is the one CASE expression that groups records into
 * bands in SQL (the statistics), built from the same bounds.
 */
public enum AgeBand implements Labelled {
    UNDER_36(null, 35),
    FROM_36_TO_45(36, 45),
    FROM_46_TO_55(46, 55),
    OVER_55(56, null),
    UNKNOWN(null, null);

    /** The youngest age in the band (null: no lower bound). */
    private final Integer from;

    /** The oldest age in the band (null: no upper bound). */
    private final Integer to;

    AgeBand(Integer from, Integer to) {
        this.from = from;
        this.to = to;
    }

    /** The band of someone born on this day, on the date {@code on}; UNKNOWN without a birth date. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return UNKNOWN;
        }
        for (AgeBand band : values()) {
            if (band != UNKNOWN && band.bornAfter(on).map(birthDate::isAfter).orElse(true)
                    && band.bornOnOrBefore(on).map(bound -> !birthDate.isAfter(bound)).orElse(true)) {
                return band;
            }
        }
        return UNKNOWN;
    }

    /** Those in the band were born after this day: at most {@code to} years old on {@code on}. */
    public Optional<LocalDate> bornAfter(LocalDate on) {
        return to == null ? Optional.empty() : Optional.of(on.minusYears(to + 1L));
    }

    /** Those in the band were born on or before this day: at least {@code from} years old on {@code on}. */
    public Optional<LocalDate> bornOnOrBefore(LocalDate on) {
        return from == null ? Optional.empty() : Optional.of(on.minusYears(from));
    }

    /**
     * The SQL CASE expression giving each row its band's name at a date, e.g.
     * {@code AgeBand.sql("t.birth_date", ":on")} for a native query with a named date parameter {@code on}
     * (the date appears once per band, so a positional {@code ?} would need binding three times). The
     * bounds are those of {@link #bornAfter} and {@link #bornOnOrBefore}: PostgreSQL subtracts years from a
     * date as Java does (29 February gives 28 February), so a record is in the same band either way.
     *
     * @param birthDateColumn the birth date column, as the query names it
     * @param onDate an SQL expression of the date (a parameter or a literal), cast to {@code date} here
     */
    public static String sql(String birthDateColumn, String onDate) {
        StringJoiner when = new StringJoiner(" ", "case when " + birthDateColumn + " is null then '" + UNKNOWN.name()
                + "' ", " end");
        for (AgeBand band : values()) {
            if (band == UNKNOWN) {
                continue;
            }
            if (band.to == null) {
                when.add("else '" + band.name() + "'");
            } else {
                when.add("when " + birthDateColumn + " > (cast(" + onDate + " as date) - interval '" + (band.to + 1)
                        + " years') then '" + band.name() + "'");
            }
        }
        return when.toString();
    }

    @Override
    public String messageKey() {
        return "talent.ageBand." + name();
    }
}
