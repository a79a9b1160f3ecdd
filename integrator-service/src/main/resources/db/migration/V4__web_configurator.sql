-- Web configurator: its two users, the first-login setup, the audit log of configuration changes and the web
-- security certificate.

-- The manual's two user IDs. Passwords are bcrypt hashes; the default users are created by DefaultUsers at start
-- (a bcrypt hash needs a random salt, which plain SQL cannot make without pgcrypto). "user" is off until the admin
-- activates it; both must change the default password at their first login in the web configurator.
CREATE TABLE web_user (
    name                     VARCHAR(16) PRIMARY KEY CHECK (name IN ('admin', 'user')),
    role                     VARCHAR(8)  NOT NULL CHECK (role IN ('admin', 'user')),
    password_hash            TEXT        NOT NULL,
    active                   BOOLEAN     NOT NULL,
    password_change_required BOOLEAN     NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);

-- What the admin chose at the first login: the DECT radio band and the device role (exactly one row once done).
CREATE TABLE first_login_setup (
    id              SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    dect_radio_band VARCHAR(16) NOT NULL,
    device_role     VARCHAR(32) NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Every configuration change, through the API or a page: who, what, when. Never updated, never deleted.
CREATE TABLE audit_entry (
    id        BIGSERIAL   PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    user_name VARCHAR(16) NOT NULL,
    action    TEXT        NOT NULL,
    target    TEXT        NOT NULL,
    outcome   SMALLINT    NOT NULL
);
CREATE INDEX audit_entry_newest_first ON audit_entry (at DESC, id DESC);

-- The web security certificate (PKCS#12 key store with the private key): generated self-signed on the first start,
-- replaced by an upload. Kept here so that it survives restarts and every integrator instance serves the same one.
CREATE TABLE web_certificate (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    key_store  BYTEA       NOT NULL,
    password   TEXT        NOT NULL,
    origin     VARCHAR(16) NOT NULL CHECK (origin IN ('SELF_SIGNED', 'UPLOADED')),
    subject    TEXT        NOT NULL,
    not_after  TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
