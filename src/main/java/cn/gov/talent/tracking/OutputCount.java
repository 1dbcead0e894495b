package cn.gov.talent.tracking;

/** How many outputs (成果) of a kind were achieved in a year; {@code major} of them marked major. */
public record OutputCount(int year, OutputKind kind, long count, long major) {
}
