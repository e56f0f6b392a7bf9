-- Every CHECK of the form `kind IN ('a', 'b', 'c')` is rewritten as
-- `(kind = 'a' OR kind = 'b' OR kind = 'c')` by this step's hook
-- (db/checks.rs): SQLite builds a temporary index for such a list on every
-- row written, and the comparisons accept exactly the same values. Only
-- the tables' definitions change; no row is copied.
SELECT 1;
