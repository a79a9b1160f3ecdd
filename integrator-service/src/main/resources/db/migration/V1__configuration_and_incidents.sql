-- Configuration of record of the integrator (schema "integrator", created by Flyway).

-- Every confirmed base station as the admin configured it. A base missing here is pending.
CREATE TABLE base_station (
    mac                    CHAR(17)         PRIMARY KEY,
    name                   VARCHAR(32)      NOT NULL,
    activated              BOOLEAN          NOT NULL,
    ip_address_type        VARCHAR(6)       NOT NULL CHECK (ip_address_type IN ('DHCP', 'STATIC')),
    static_ip_address      VARCHAR(15),
    cluster                SMALLINT         NOT NULL CHECK (cluster BETWEEN 1 AND 9),
    sync_level             SMALLINT         NOT NULL CHECK (sync_level BETWEEN 1 AND 10),
    -- NULL for the sync master (level 1), which has no slave function.
    sync_slave             VARCHAR(4)       CHECK (sync_slave IN ('DECT', 'LAN')),
    lan_master             BOOLEAN          NOT NULL,
    sync_master_redundancy BOOLEAN          NOT NULL,
    position_x             DOUBLE PRECISION NOT NULL,
    position_y             DOUBLE PRECISION NOT NULL,
    reduced_tx_power       BOOLEAN          NOT NULL,
    -- Assigned by the DECT manager when it accepted the plan.
    rpn                    SMALLINT         CHECK (rpn BETWEEN 0 AND 255),
    rfpi                   CHAR(10),
    created_at             TIMESTAMPTZ      NOT NULL,
    updated_at             TIMESTAMPTZ      NOT NULL
);

-- Revision of the base station plan last accepted by the DECT manager (exactly one row).
CREATE TABLE plan_revision (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    revision   BIGINT      NOT NULL CHECK (revision >= 0),
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO plan_revision (id, revision, updated_at) VALUES (1, 0, now());

-- LED status display of all bases; the manual: enabled by default (exactly one row).
CREATE TABLE led_display (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    enabled    BOOLEAN     NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO led_display (id, enabled, updated_at) VALUES (1, TRUE, now());

-- Incidents consumed from multicell.incidents.v1, stored once per event id. A deleted incident keeps its row
-- (deleted_at set) so that a redelivered event cannot bring it back.
CREATE TABLE incident (
    id          BIGSERIAL   PRIMARY KEY,
    event_id    TEXT        NOT NULL UNIQUE,
    occurred_at TIMESTAMPTZ NOT NULL,
    severity    VARCHAR(8)  NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    code        TEXT        NOT NULL,
    message     TEXT        NOT NULL,
    base_mac    TEXT,
    base_name   TEXT,
    source      TEXT,
    received_at TIMESTAMPTZ NOT NULL,
    deleted_at  TIMESTAMPTZ
);
CREATE INDEX incident_newest_first ON incident (occurred_at DESC, id DESC) WHERE deleted_at IS NULL;
