-- Every write, in commit order (writers hold one advisory lock, so sequence order is commit order).
-- Server processes sharing one database replay the changes they have not seen; the conflicts a
-- write introduced are decided once, by the process that wrote it, and recorded here.
CREATE TABLE changes (
  seq       bigserial PRIMARY KEY,
  op        text NOT NULL CHECK (op IN ('add', 'remove')),
  uris      text[] NOT NULL,
  conflicts jsonb NOT NULL DEFAULT '[]',
  at        timestamptz NOT NULL DEFAULT now()
);
