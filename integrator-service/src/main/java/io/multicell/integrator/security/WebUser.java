package io.multicell.integrator.security;

import java.time.Instant;

/** One of the manual's two web configurator user IDs as stored: admin or user, with its bcrypt password hash. */
public record WebUser(String name, String role, String passwordHash, boolean active, boolean passwordChangeRequired,
                      Instant updatedAt) {

    public WebUser withPassword(String newHash, Instant at) {
        return new WebUser(name, role, newHash, active, false, at);
    }
}
