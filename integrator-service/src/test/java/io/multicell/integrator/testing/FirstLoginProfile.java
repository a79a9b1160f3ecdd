package io.multicell.integrator.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For the test of the first login itself: an application and database of its own, still at the factory passwords.
 * The settings pages' tests share {@link WebProfile}, where the admin password is already changed (WebSession).
 */
public class FirstLoginProfile implements QuarkusTestProfile {
}
