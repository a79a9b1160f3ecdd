-- The missing fields of issue 5: "Phone system" of a provider or PBX profile, "Country" and "Tone scheme" of the call
-- settings. Existing rows take the factory settings (Other / generic SIP, Other, International).

ALTER TABLE provider_profile
    ADD COLUMN phone_system VARCHAR(10) NOT NULL DEFAULT 'OTHER'
        CHECK (phone_system IN ('OTHER', 'ASTERISK', 'FREESWITCH', 'KAMAILIO', 'THREE_CX', 'BROADWORKS'));

ALTER TABLE call_settings
    ADD COLUMN country VARCHAR(13) NOT NULL DEFAULT 'OTHER'
        CHECK (country IN ('OTHER', 'AUSTRALIA', 'AUSTRIA', 'BELGIUM', 'FRANCE', 'GERMANY', 'GREAT_BRITAIN', 'ITALY',
                           'NETHERLANDS', 'POLAND', 'SPAIN', 'SWEDEN', 'SWITZERLAND', 'UNITED_STATES')),
    ADD COLUMN tone_scheme VARCHAR(13) NOT NULL DEFAULT 'INTERNATIONAL'
        CHECK (tone_scheme IN ('INTERNATIONAL', 'AUSTRALIA', 'FRANCE', 'GERMANY', 'GREAT_BRITAIN', 'ITALY', 'NETHERLANDS',
                               'SPAIN', 'SWITZERLAND', 'NORTH_AMERICA'));
