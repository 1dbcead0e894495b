-- Why an expert was suspended from the pool (002 art. 20): rule breakers leave it, with the reason kept.
alter table expert add column status_reason varchar(1000);
