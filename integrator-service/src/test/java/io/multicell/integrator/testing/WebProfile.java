package io.multicell.integrator.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The web configurator's test changes the admin password: an application and database of its own. */
public class WebProfile implements QuarkusTestProfile {
}
