-- The audit trail keeps codes and renders them in the reader's language. A note the application
-- writes (a draw's seed and counts, an investigation's due date...) is a message key with its
-- arguments (text, separated by U+001F; an argument "#k1,k2" names labels), not a sentence in one
-- language; the free text someone typed stays in reason. The acting unit is kept, so that an
-- applicant's history names the unit that acted, not its account. Earlier rows keep what they have.
alter table audit_record add column note_key varchar(100);
alter table audit_record add column note_args text;
alter table audit_record add column actor_unit_id bigint;
