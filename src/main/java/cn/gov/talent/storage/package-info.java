/**
 * Where uploaded files live: a content-addressed store ({@link cn.gov.talent.storage.FileStore}), each content
 * once under its SHA-256, in a local directory or an S3-compatible object store as configured
 * ({@code talent.storage.*}, ADR 0037); and the command that copies a directory into the object store
 * ({@link cn.gov.talent.storage.FileMigration}). The checks of an upload (its type, its size) and who may read a
 * file belong to the modules that keep the rows naming the files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage", allowedDependencies = {})
package cn.gov.talent.storage;
