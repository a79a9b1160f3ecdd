-- What a virtual handset does when a call rings (MANUAL, AUTO, BUSY, REJECT), kept like a phone setting.
ALTER TABLE handset ADD COLUMN answer_mode TEXT NOT NULL DEFAULT 'MANUAL'
    CHECK (answer_mode IN ('MANUAL', 'AUTO', 'BUSY', 'REJECT'));
