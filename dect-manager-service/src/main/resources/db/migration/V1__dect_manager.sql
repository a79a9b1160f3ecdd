-- The DM's own state: identity, LED setting and the plan revision it runs (one row).
CREATE TABLE dect_manager_state (
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    pari          CHAR(8)     NOT NULL CHECK (pari ~ '^[0-9A-F]{8}$'),
    plan_revision BIGINT      NOT NULL DEFAULT 0 CHECK (plan_revision >= 0),
    led_display   BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The applied base station plan: every BaseStationConfig field, the RPN the DM gave the base and its last Hello.
CREATE TABLE base_station (
    mac                    VARCHAR(17)      PRIMARY KEY CHECK (mac ~ '^([0-9A-F]{2}:){5}[0-9A-F]{2}$'),
    name                   VARCHAR(32)      NOT NULL,
    activated              BOOLEAN          NOT NULL,
    ip_address_type        VARCHAR(6)       NOT NULL CHECK (ip_address_type IN ('DHCP', 'STATIC')),
    static_ip_address      VARCHAR(15)      NOT NULL DEFAULT '',
    cluster                SMALLINT         NOT NULL CHECK (cluster BETWEEN 1 AND 9),
    sync_level             SMALLINT         NOT NULL CHECK (sync_level BETWEEN 1 AND 10),
    sync_slave             VARCHAR(4)       NOT NULL CHECK (sync_slave IN ('NONE', 'DECT', 'LAN')),
    lan_master             BOOLEAN          NOT NULL,
    sync_master_redundancy BOOLEAN          NOT NULL,
    position_x             DOUBLE PRECISION NOT NULL,
    position_y             DOUBLE PRECISION NOT NULL,
    reduced_tx_power       BOOLEAN          NOT NULL,
    rpn                    SMALLINT         NOT NULL UNIQUE CHECK (rpn BETWEEN 0 AND 255),
    last_firmware          VARCHAR(64)      NOT NULL DEFAULT '',
    last_ip_address        VARCHAR(64)      NOT NULL DEFAULT '',
    local                  BOOLEAN          NOT NULL DEFAULT FALSE
);
