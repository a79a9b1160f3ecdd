package io.multicell.integrator.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test class that changes the users (passwords, locks) runs in an application of its own, with a fresh database,
 * so that the other classes still log in with the factory passwords.
 */
public class OwnDatabaseProfile implements QuarkusTestProfile {
}
