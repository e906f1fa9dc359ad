-- Articles as given: the analysis is recomputed from the text on start, so the text is the truth.
CREATE TABLE articles (
  uri      text PRIMARY KEY,
  text     text NOT NULL,
  title    text,
  added_at timestamptz NOT NULL DEFAULT now()
);
