package cn.gov.talent.application;

/** One difference between two versions of a dossier: a field path, its value before and after. */
public record FieldChange(String path, String before, String after) {
}
