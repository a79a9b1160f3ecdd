-- Handset administration (Mobile devices) and the Registration Centre window: configuration of record.

-- One entry of the Mobile devices list as the admin configured it. The live status, bound IPUI, location, type and
-- firmware are the DECT manager's and are not stored here.
CREATE TABLE handset_entry (
    id               VARCHAR(36) PRIMARY KEY,
    -- List order: the order entries were added.
    seq              BIGSERIAL   NOT NULL UNIQUE,
    -- '' = any handset may register, '0_1', '0_2', ... = wildcard slot, else 10 hex digits.
    ipui_pattern     VARCHAR(10) NOT NULL CHECK (ipui_pattern ~ '^([0-9A-F]{10}|0_[1-9][0-9]{0,3})?$'),
    -- The authentication code the handset must enter; the DM derives its keys from it.
    pin              CHAR(4)     NOT NULL CHECK (pin ~ '^[0-9]{4}$'),
    requested_status VARCHAR(16) NOT NULL CHECK (requested_status IN ('TO_REGISTER', 'NOT_REGISTERED', 'REGISTERED', 'TO_DEREGISTER')),
    handset_name     VARCHAR(32) NOT NULL,
    internal_name    VARCHAR(32) NOT NULL,
    internal_number  VARCHAR(32) NOT NULL CHECK (internal_number ~ '^[0-9]*$'),
    dnd              BOOLEAN     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

-- Revision of the handset plan last accepted by the DECT manager (exactly one row).
CREATE TABLE handset_plan_revision (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    revision   BIGINT      NOT NULL CHECK (revision >= 0),
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO handset_plan_revision (id, revision, updated_at) VALUES (1, 0, now());

-- The Registration Centre window (exactly one row). Closed: opens_at and closes_at NULL, timers at their defaults.
CREATE TABLE registration_window (
    id               SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    -- Registration start time as entered (system time zone); NULL = at once.
    start_time       TIMESTAMP,
    duration_seconds BIGINT      NOT NULL CHECK (duration_seconds > 0),
    opens_at         TIMESTAMPTZ,
    closes_at        TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ NOT NULL,
    CHECK ((opens_at IS NULL) = (closes_at IS NULL)),
    CHECK (opens_at IS NULL OR opens_at < closes_at)
);
INSERT INTO registration_window (id, start_time, duration_seconds, opens_at, closes_at, updated_at) VALUES (1, NULL, 180, NULL, NULL, now());
