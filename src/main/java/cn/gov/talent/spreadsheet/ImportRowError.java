package cn.gov.talent.spreadsheet;

/** One problem in one row of an uploaded template; {@code row} is the row number Excel shows. */
public record ImportRowError(int row, String messageKey, Object... arguments) {
}
