-- Atelier schema, version 8: a failed refund is asked for again at most once.
-- The failed refund names the refund that replaced it; the retry sets it by a conditional update,
-- so two admins pressing "Retry" at once give back the money once.
alter table refund add column retried_by bigint references refund (id);
alter table refund add constraint refund_retried_once unique (retried_by);
alter table refund add constraint refund_retry_of_failed check (retried_by is null or status = 'FAILED');

-- The overview counts the failed refunds still waiting for an admin.
create index refund_failed_open_idx on refund (created_at) where status = 'FAILED' and retried_by is null;
