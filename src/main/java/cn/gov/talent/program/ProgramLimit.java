package cn.gov.talent.program;

/**
 * A limit the rules set on a program's batches: the number, whose it is (the program's or a category's
 * name) and the rule it comes from (e.g. 004 §二(一)), which a refusal names.
 */
record ProgramLimit(int value, String owner, String basis) {
}
