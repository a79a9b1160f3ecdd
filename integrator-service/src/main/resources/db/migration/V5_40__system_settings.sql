-- System settings of the web configurator: Settings > Network > IP/LAN, Settings > System > Date and time and
-- Settings > System > DECT settings (the DECT radio band stays in first_login_setup: one owner). A page without a row
-- has the factory settings (kept in the Java domain types); a factory reset deletes the rows.
-- (Version 5.40: several branches add migrations at once; the lead may renumber when merging.)

-- The device's LAN settings as exported to the bases and deployments; not applied to the host OS (at most one row).
CREATE TABLE network_settings (
    id               SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    device_name      VARCHAR(63) NOT NULL CHECK (device_name ~ '^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$'),
    network_type     VARCHAR(4)  NOT NULL CHECK (network_type IN ('IPV4')),
    ip_address_type  VARCHAR(6)  NOT NULL CHECK (ip_address_type IN ('DHCP', 'STATIC')),
    -- '' = not configured; otherwise a canonical dotted quad.
    ip_address       VARCHAR(15) NOT NULL CHECK (ip_address ~ '^([0-9.]{7,15})?$'),
    subnet_mask      VARCHAR(15) NOT NULL CHECK (subnet_mask ~ '^([0-9.]{7,15})?$'),
    standard_gateway VARCHAR(15) NOT NULL CHECK (standard_gateway ~ '^([0-9.]{7,15})?$'),
    preferred_dns    VARCHAR(15) NOT NULL CHECK (preferred_dns ~ '^([0-9.]{7,15})?$'),
    alternate_dns    VARCHAR(15) NOT NULL CHECK (alternate_dns ~ '^([0-9.]{7,15})?$'),
    vlan_tagging     BOOLEAN     NOT NULL,
    vlan_identifier  SMALLINT    NOT NULL CHECK (vlan_identifier BETWEEN 1 AND 4094),
    vlan_priority    SMALLINT    NOT NULL CHECK (vlan_priority BETWEEN 0 AND 7),
    updated_at       TIMESTAMPTZ NOT NULL,
    CHECK (ip_address_type = 'DHCP' OR (ip_address <> '' AND subnet_mask <> '' AND standard_gateway <> ''))
);

-- Date and time (at most one row).
CREATE TABLE date_time_settings (
    id                        SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    time_servers              VARCHAR(255) NOT NULL,
    time_zone                 VARCHAR(64)  NOT NULL,
    automatic_daylight_saving BOOLEAN      NOT NULL,
    act_as_local_time_server  BOOLEAN      NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL
);

-- DECT settings except the radio band (at most one row).
CREATE TABLE dect_settings (
    id                                      SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    eco_dect_radiation_power                VARCHAR(13) NOT NULL CHECK (eco_dect_radiation_power IN ('MAXIMUM_RANGE', 'LIMITED_RANGE')),
    dect_encryption                         BOOLEAN     NOT NULL,
    early_encryption_and_re_keying          BOOLEAN     NOT NULL,
    automatic_release_for_non_encrypted_calls BOOLEAN   NOT NULL,
    updated_at                              TIMESTAMPTZ NOT NULL,
    CHECK (dect_encryption OR NOT (early_encryption_and_re_keying OR automatic_release_for_non_encrypted_calls))
);
