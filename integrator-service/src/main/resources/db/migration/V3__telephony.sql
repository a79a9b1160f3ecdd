-- Provider/PBX profiles, Telephony settings (VoIP, Audio, Call settings), the handsets' VoIP accounts and the revision
-- of the SIP configuration the SIP gateway accepted. A profile or settings page without a row has the manual's
-- defaults (kept in the Java domain types, not repeated here).

-- One provider or PBX profile (IP1..IP20) as the admin configured it.
CREATE TABLE provider_profile (
    id                            SMALLINT     PRIMARY KEY CHECK (id BETWEEN 1 AND 20),
    name                          VARCHAR(74)  NOT NULL,
    -- '' = not configured.
    domain                        VARCHAR(74)  NOT NULL CHECK (domain ~ '^[0-9a-zA-Z._-]*$'),
    proxy_address                 VARCHAR(74)  NOT NULL CHECK (proxy_address ~ '^[0-9a-zA-Z._-]*$'),
    proxy_port                    INTEGER      NOT NULL CHECK (proxy_port BETWEEN 1 AND 65535),
    registration_refresh_seconds  INTEGER      NOT NULL CHECK (registration_refresh_seconds BETWEEN 1 AND 99999),
    transport                     VARCHAR(3)   NOT NULL CHECK (transport IN ('UDP', 'TCP', 'TLS')),
    sips                          BOOLEAN      NOT NULL,
    srtp                          BOOLEAN      NOT NULL,
    accept_non_srtp               BOOLEAN      NOT NULL,
    deregister_detached_handsets  BOOLEAN      NOT NULL,
    dns_query                     VARCHAR(5)   NOT NULL CHECK (dns_query IN ('A', 'SRV_A', 'NAPTR')),
    failover_enabled              BOOLEAN      NOT NULL,
    failover_server               VARCHAR(74)  NOT NULL CHECK (failover_server ~ '^[0-9a-zA-Z._-]*$'),
    failover_port                 INTEGER      NOT NULL CHECK (failover_port BETWEEN 1 AND 65535),
    outbound_proxy_mode           VARCHAR(6)   NOT NULL CHECK (outbound_proxy_mode IN ('ALWAYS', 'NEVER')),
    outbound_proxy_address        VARCHAR(74)  NOT NULL CHECK (outbound_proxy_address ~ '^[0-9a-zA-Z._-]*$'),
    outbound_proxy_port           INTEGER      NOT NULL CHECK (outbound_proxy_port BETWEEN 1 AND 65535),
    mwi_subscribe                 BOOLEAN      NOT NULL,
    dtmf_automatic_negotiation    BOOLEAN      NOT NULL,
    dtmf_send_mode                VARCHAR(8)   NOT NULL CHECK (dtmf_send_mode IN ('AUDIO', 'RFC2833', 'SIP_INFO')),
    -- Active codecs in order of preference, comma separated, e.g. 'G722,PCMA,PCMU,G729A'.
    codecs                        VARCHAR(32)  NOT NULL CHECK (codecs ~ '^(G722|PCMA|PCMU|G729A)(,(G722|PCMA|PCMU|G729A))*$'),
    ptime_ms                      SMALLINT     NOT NULL CHECK (ptime_ms IN (10, 20, 30)),
    hold_signalling               VARCHAR(8)   NOT NULL CHECK (hold_signalling IN ('INACTIVE', 'SENDONLY')),
    hold_towards_transfer_target  BOOLEAN      NOT NULL,
    calling_party_user_part       VARCHAR(20)  NOT NULL
        CHECK (calling_party_user_part IN ('FROM', 'PPI_FROM', 'PAI_SIP_PPI_FROM', 'PAI_TEL_PPI_FROM', 'PAI_TEL_FROM_PAI_SIP')),
    call_completion_on_code       VARCHAR(20)  NOT NULL CHECK (call_completion_on_code ~ '^[0-9*#]*$'),
    call_completion_off_code      VARCHAR(20)  NOT NULL CHECK (call_completion_off_code ~ '^[0-9*#]*$'),
    csta                          BOOLEAN      NOT NULL,
    updated_at                    TIMESTAMPTZ  NOT NULL
);

-- Connection ringtones of a profile, one row per call type (a missing type has its factory setting).
CREATE TABLE provider_ringtone (
    profile_id          SMALLINT    NOT NULL REFERENCES provider_profile (id) ON DELETE CASCADE,
    call_type           VARCHAR(12) NOT NULL
        CHECK (call_type IN ('EXTERNAL', 'GROUP', 'DOOR', 'EMERGENCY', 'OPTIONAL_1', 'OPTIONAL_2', 'OPTIONAL_3')),
    name                VARCHAR(32) NOT NULL,
    alert_info_pattern  VARCHAR(74) NOT NULL,
    PRIMARY KEY (profile_id, call_type)
);

-- General VoIP settings (at most one row).
CREATE TABLE voip_settings (
    id                                 SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    sip_port                           INTEGER     NOT NULL CHECK (sip_port BETWEEN 1 AND 65535),
    secure_sip_port                    INTEGER     NOT NULL CHECK (secure_sip_port BETWEEN 1 AND 65535),
    t1_ms                              INTEGER     NOT NULL CHECK (t1_ms BETWEEN 50 AND 9999),
    session_timer_seconds              INTEGER     NOT NULL CHECK (session_timer_seconds BETWEEN 90 AND 9999),
    failed_registration_retry_seconds  INTEGER     NOT NULL CHECK (failed_registration_retry_seconds BETWEEN 10 AND 9999),
    subscription_timer_seconds         INTEGER     NOT NULL CHECK (subscription_timer_seconds BETWEEN 1 AND 99999),
    prack                              BOOLEAN     NOT NULL,
    sip_tos                            SMALLINT    NOT NULL CHECK (sip_tos BETWEEN 0 AND 63),
    rtp_tos                            SMALLINT    NOT NULL CHECK (rtp_tos BETWEEN 0 AND 63),
    updated_at                         TIMESTAMPTZ NOT NULL
);

-- Audio quality (at most one row).
CREATE TABLE audio_settings (
    id           SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    g722_enabled BOOLEAN     NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- Call settings (at most one row).
CREATE TABLE call_settings (
    id                       SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    transfer_by_r_key        BOOLEAN     NOT NULL,
    transfer_on_hook         BOOLEAN     NOT NULL,
    transfer_target          VARCHAR(7)  NOT NULL CHECK (transfer_target IN ('AOR', 'CONTACT')),
    access_code              VARCHAR(3)  NOT NULL CHECK (access_code ~ '^[0-9*R#P]*$'),
    access_code_use          VARCHAR(10) NOT NULL CHECK (access_code_use IN ('NEVER', 'CALL_LISTS', 'ALWAYS')),
    international_prefix     VARCHAR(4)  NOT NULL CHECK (international_prefix ~ '^[0-9]*$'),
    international_area_code  VARCHAR(4)  NOT NULL CHECK (international_area_code ~ '^[0-9]*$'),
    local_prefix             VARCHAR(4)  NOT NULL CHECK (local_prefix ~ '^[0-9]*$'),
    local_area_code          VARCHAR(8)  NOT NULL CHECK (local_area_code ~ '^[0-9]*$'),
    use_area_code            VARCHAR(18) NOT NULL CHECK (use_area_code IN ('NEVER', 'LOCAL', 'LOCAL_AND_NATIONAL')),
    updated_at               TIMESTAMPTZ NOT NULL
);

-- Revision of the SIP configuration last accepted by the SIP gateway (exactly one row).
CREATE TABLE sip_configuration_revision (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    revision   BIGINT      NOT NULL CHECK (revision >= 0),
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO sip_configuration_revision (id, revision, updated_at) VALUES (1, 0, now());

-- The VoIP account of a handset entry ("Settings for the handset"). No provider: the entry has no SIP account.
-- The password is needed in clear for digest authentication; it is never shown by the API.
ALTER TABLE handset_entry
    ADD COLUMN voip_provider_profile_id SMALLINT    CHECK (voip_provider_profile_id BETWEEN 1 AND 20),
    ADD COLUMN voip_authentication_name VARCHAR(74) NOT NULL DEFAULT '' CHECK (voip_authentication_name !~ '\s'),
    ADD COLUMN voip_password            VARCHAR(74) NOT NULL DEFAULT '',
    ADD COLUMN voip_username            VARCHAR(74) NOT NULL DEFAULT '' CHECK (voip_username !~ '\s'),
    ADD COLUMN voip_display_name        VARCHAR(74) NOT NULL DEFAULT '';
