package io.multicell.integrator.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The settings pages' tests: one application and database shared by them, the admin's first login done by
 * {@link WebSession#admin(int)} whichever test runs first.
 */
public class WebProfile implements QuarkusTestProfile {
}
