package io.multicell.base.air;

/** The two handset procedures the base relays to its DM; a transaction belongs to exactly one. */
public enum Procedure {
    /** Registration: AccessRightsRequest, RegistrationChallenge, ConfirmAccessRights. */
    ACCESS_RIGHTS,
    /** Attach: LocationRequest, AuthenticationChallenge, ConfirmLocation. */
    LOCATION
}
