package cn.gov.talent.application;

/** An upload accepted by the dossier rules and kept in the content-addressed store. */
public record StoredFile(String fileName, String contentType, long size, String sha256) {
}
