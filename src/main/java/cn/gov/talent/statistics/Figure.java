package cn.gov.talent.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * One figure of a statistics page: its table (a header for the rows, the rows' names, the columns with their
 * numbers) and its chart, which draws the columns marked {@code charted} from the same numbers: its data
 * ({@code chartData}, JSON made by {@link Figures} from the rows and columns) goes into the page as an attribute
 * of the chart's box. The table is the accessible and printable form.
 */
record Figure(String id, String title, String note, String rowHeader, List<String> rows, List<Column> columns,
        Chart chart, String chartData) {

    /** How a column's numbers read in the table (and in the chart's tooltips). */
    enum Format { COUNT, YUAN, PERCENT }

    /**
     * How the chart draws: {@code type} bar, line or pie; {@code horizontal} bars along the rows;
     * {@code stacked} series; {@code byRow} a series per row (over the columns) instead of one per column.
     */
    record Chart(String type, boolean horizontal, boolean stacked, boolean byRow) {

        static Chart bars() {
            return new Chart("bar", false, false, false);
        }

        static Chart horizontalBars() {
            return new Chart("bar", true, false, false);
        }

        static Chart stackedBars() {
            return new Chart("bar", false, true, false);
        }

        static Chart pie() {
            return new Chart("pie", false, false, false);
        }

        static Chart linesPerRow() {
            return new Chart("line", false, false, true);
        }
    }

    /** A column: its heading, a number per row, how it reads, and whether the chart draws it. */
    record Column(String label, List<BigDecimal> values, Format format, boolean charted) {

        /** The number of row {@code index} as the table prints it. */
        public String text(int index) {
            BigDecimal value = values.get(index);
            if (value == null) {
                return "—";
            }
            DecimalFormat format = switch (this.format) {
                case COUNT -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
                case YUAN -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
                case PERCENT -> new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT));
            };
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(value);
        }
    }

    /** Whether there is anything to draw: some row with a number other than zero. */
    public boolean hasData() {
        return columns.stream().filter(Column::charted).flatMap(column -> column.values().stream())
                .anyMatch(value -> value != null && value.signum() != 0);
    }

    /** The table's id, which the chart's label names. */
    public String tableId() {
        return id + "-table";
    }
}
