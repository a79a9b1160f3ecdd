-- Virtual handsets of the simulator: what a real handset keeps in flash (identity, its key once registered) and
-- where it was last put on the floor plan. A restart of the simulator loses no handset and no key.
CREATE TABLE handset (
    id          TEXT PRIMARY KEY,
    ipui        CHAR(10) NOT NULL CHECK (ipui ~ '^[0-9A-F]{10}$'),
    model       TEXT NOT NULL,
    firmware    TEXT NOT NULL,
    position_x  DOUBLE PRECISION NOT NULL,
    position_y  DOUBLE PRECISION NOT NULL,
    -- User authentication key from the last accepted registration (32 bytes); never logged.
    uak         BYTEA,
    registered  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT handset_registered_holds_key CHECK (registered = (uak IS NOT NULL))
);

-- Several handsets may share an IPUI (a clone); finding them is by IPUI.
CREATE INDEX handset_ipui ON handset (ipui);
