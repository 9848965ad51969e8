-- Atelier schema, version 12: Dutch words beside the English ones: a workshop's title and description,
-- shown on the Dutch pages and in Dutch mails when an admin wrote it (null: the English words).
alter table workshop add column title_nl varchar(160);
alter table workshop add column description_nl text;
alter table workshop add constraint workshop_title_nl_present check (title_nl is null or length(trim(title_nl)) > 0);

-- A pricing rule's name as Dutch buyers read it, and the booking's copy of it when it was booked.
alter table pricing_rule add column name_nl varchar(120);
alter table booking add column pricing_rule_name_nl varchar(120);
