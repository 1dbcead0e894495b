package cn.gov.talent.application;

/** An attachment as a submitted version records it: what it proves, its name and its content hash. */
record AttachmentRef(String kind, String fileName, String sha256) {
}
