-- PIPL art. 28 / GB/T 35273: the 身份证号码 is sensitive personal information and is kept encrypted at rest
-- (ADR 0022). Each place that stored it in plaintext gets its ciphertext (AES-256-GCM, written
-- keyId:base64(iv|ciphertext|tag)) and a keyed hash (HMAC-SHA256, base64) for exact look-ups and uniqueness.
-- V27_1 (Java, cn.gov.talent.infrastructure.EncryptIdNumbersMigration, which holds the key) encrypts the
-- existing rows; V27_2 drops the plaintext columns and indexes the hashes.
alter table app_user
    add column id_number_cipher varchar(120),
    add column id_number_hash   varchar(64);
alter table application
    add column applicant_id_number_cipher varchar(120),
    add column applicant_id_number_hash   varchar(64);
