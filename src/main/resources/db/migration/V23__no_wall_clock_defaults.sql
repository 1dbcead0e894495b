-- Time is an input (ADR 0017): the application writes every timestamp from its Clock. A column that
-- filled itself from the database server's clock would hide a forgotten one with the wrong time.
alter table org_unit alter column created_at drop default;
alter table app_user alter column created_at drop default;
alter table program alter column created_at drop default;
alter table batch alter column created_at drop default;
alter table objection_file alter column created_at drop default;
alter table talent_record alter column created_at drop default;
alter table notification alter column created_at drop default;
alter table attachment alter column uploaded_at drop default;
alter table expert alter column created_at drop default;
alter table dossier alter column updated_at drop default;
alter table review_round alter column created_at drop default;
alter table review_assignment alter column created_at drop default;
alter table application alter column status_changed_at drop default;
alter table application alter column created_at drop default;
