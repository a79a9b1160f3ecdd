package io.multicell.integrator.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Factory resets and reboots run in an application and a fresh database of their own: no other test sees them. */
public class SystemResetProfile implements QuarkusTestProfile {
}
