package io.multicell.integrator.security;

/** The integrator's user roles (the manual: some pages exist only for admin). */
public final class Roles {

    /** Full administration, including base stations and incidents. */
    public static final String ADMIN = "admin";
    /** Read access to the pages every user sees. */
    public static final String USER = "user";

    private Roles() {
    }
}
