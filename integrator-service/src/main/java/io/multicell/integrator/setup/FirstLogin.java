package io.multicell.integrator.setup;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.persistence.SetupRepository;
import io.multicell.integrator.security.PasswordRules;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.security.WebUsers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * "Logging in the first time": the admin sets a new password and the DECT radio band, and may switch the device role.
 * Everything is checked before anything is stored.
 */
@ApplicationScoped
public class FirstLogin {

    private final WebUsers users;
    private final SetupRepository repository;
    private final Clock clock;

    public FirstLogin(WebUsers users, SetupRepository repository, Clock clock) {
        this.users = users;
        this.repository = repository;
        this.clock = clock;
    }

    public Optional<SystemSetup> setup() {
        return repository.find();
    }

    public SystemSetup complete(String admin, FirstLoginRequest request) {
        PasswordRules.check("newPassword", request.newPassword(), "repeatPassword", request.repeatPassword());
        DectRadioBand band = parse(DectRadioBand.class, "dectRadioBand", request.dectRadioBand(), null);
        DeviceRole role = parse(DeviceRole.class, "deviceRole", request.deviceRole(), DeviceRole.INTEGRATOR_DM_BASE);
        users.changePassword(admin, Roles.ADMIN, admin, request.newPassword(), request.repeatPassword());
        var setup = new SystemSetup(band, role, clock.instant());
        repository.save(setup);
        return setup;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E absent) {
        if (value == null || value.isBlank()) {
            if (absent != null) {
                return absent;
            }
            throw new InvalidValueException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
