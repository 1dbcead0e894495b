-- After V27_1 encrypted every ID number (ADR 0022): the plaintext columns go, with their indexes, and the
-- keyed hash takes their place in every look-up. One account per person: the unique index moves to the hash.
-- A value that is not a ciphertext (no key id before a colon, or not base64) is refused by the database.
drop index app_user_id_number_uq;
alter table app_user drop column id_number;
create unique index app_user_id_number_hash_uq on app_user (id_number_hash) where id_number_hash is not null;
alter table app_user
    add constraint app_user_id_number_cipher_check
        check (id_number_cipher ~ '^[a-z0-9]{1,16}:[A-Za-z0-9+/]+=*$'),
    add constraint app_user_id_number_sealed_check
        check ((id_number_cipher is null) = (id_number_hash is null));

-- Earlier attempts at a program, and other applications in a year, are counted by the person's hash.
drop index application_person_idx;
drop index application_person_program_idx;
alter table application drop column applicant_id_number;
create index application_person_idx on application (applicant_id_number_hash, batch_year);
create index application_person_program_idx on application (applicant_id_number_hash, program_id);
alter table application
    add constraint application_id_number_cipher_check
        check (applicant_id_number_cipher ~ '^[a-z0-9]{1,16}:[A-Za-z0-9+/]+=*$'),
    add constraint application_id_number_sealed_check
        check ((applicant_id_number_cipher is null) = (applicant_id_number_hash is null));
