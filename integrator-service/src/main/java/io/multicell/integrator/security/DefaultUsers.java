package io.multicell.integrator.security;

import io.multicell.integrator.persistence.UserRepository;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;

/**
 * Creates the manual's factory users on a fresh database: admin/admin (active) and user/user (off until the admin
 * activates it), both to be changed at the first login in the web configurator. Existing users are left alone.
 */
@ApplicationScoped
public class DefaultUsers {

    private final UserRepository repository;
    private final Clock clock;

    public DefaultUsers(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        create(Roles.ADMIN, true);
        create(Roles.USER, false);
    }

    private void create(String name, boolean active) {
        if (repository.find(name).isEmpty()) {
            repository.insertIfAbsent(new WebUser(name, name, BcryptUtil.bcryptHash(name, WebUsers.BCRYPT_COST), active,
                    true, clock.instant()));
        }
    }
}
