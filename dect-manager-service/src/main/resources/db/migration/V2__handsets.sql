-- Handsets: the handset plan the integrator applies, the subscriptions (registered handsets with their
-- authentication keys) and the location registry. The PIN is stored because the DM derives the key from it at
-- registration time; neither the PIN nor the UAK is ever logged.

-- Where handsets reach a base: reported in Hello, shown in ListBaseStations also while the base is offline.
ALTER TABLE base_station ADD COLUMN last_air_endpoint VARCHAR(255) NOT NULL DEFAULT '';

-- The handset plan in force (one row): revision, Registration Centre window and handset limit.
CREATE TABLE handset_plan (
    id               SMALLINT    PRIMARY KEY CHECK (id = 1),
    revision         BIGINT      NOT NULL CHECK (revision >= 0),
    window_opens_at  TIMESTAMPTZ,
    window_closes_at TIMESTAMPTZ,
    max_handsets     INTEGER     NOT NULL CHECK (max_handsets >= 1),
    CHECK ((window_opens_at IS NULL) = (window_closes_at IS NULL)),
    CHECK (window_closes_at IS NULL OR window_closes_at > window_opens_at)
);
INSERT INTO handset_plan (id, revision, max_handsets) VALUES (1, 0, 20);

-- The entries of the Mobile devices list, in list order.
CREATE TABLE handset_entry (
    entry_id         VARCHAR(64) PRIMARY KEY CHECK (entry_id <> ''),
    position         INTEGER     NOT NULL UNIQUE,
    ipui_pattern     VARCHAR(10) NOT NULL CHECK (ipui_pattern ~ '^([0-9A-F]{10}|0_[1-9][0-9]{0,3}|)$'),
    pin              CHAR(4)     NOT NULL CHECK (pin ~ '^[0-9]{4}$'),
    requested_status VARCHAR(16) NOT NULL CHECK (requested_status IN ('TO_REGISTER', 'NOT_REGISTERED', 'TO_DEREGISTER', 'REGISTERED'))
);

-- The handset an entry is bound to. REGISTERED rows hold the UAK; a de-registered row keeps the handset's
-- identity but not its key.
CREATE TABLE subscription (
    entry_id      VARCHAR(64) PRIMARY KEY,
    ipui          CHAR(10)    NOT NULL UNIQUE CHECK (ipui ~ '^[0-9A-F]{10}$'),
    status        VARCHAR(16) NOT NULL CHECK (status IN ('REGISTERED', 'NOT_REGISTERED')),
    uak           BYTEA,
    model         VARCHAR(64) NOT NULL DEFAULT '',
    firmware      VARCHAR(64) NOT NULL DEFAULT '',
    registered_at TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'REGISTERED') = (uak IS NOT NULL))
);

-- Location registry: the base each registered handset last attached at.
CREATE TABLE handset_location (
    ipui       CHAR(10)    PRIMARY KEY CHECK (ipui ~ '^[0-9A-F]{10}$'),
    base_mac   VARCHAR(17) NOT NULL CHECK (base_mac ~ '^([0-9A-F]{2}:){5}[0-9A-F]{2}$'),
    updated_at TIMESTAMPTZ NOT NULL
);
