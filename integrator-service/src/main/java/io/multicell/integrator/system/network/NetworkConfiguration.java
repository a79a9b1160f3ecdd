package io.multicell.integrator.system.network;

import io.multicell.integrator.persistence.SystemSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** "Settings > Network > IP/LAN": read and change the device's LAN settings (stored, not applied to the host OS). */
@ApplicationScoped
public class NetworkConfiguration {

    private final SystemSettingsRepository repository;

    public NetworkConfiguration(SystemSettingsRepository repository) {
        this.repository = repository;
    }

    public NetworkSettings current() {
        return repository.network();
    }

    /** Checks every rule first (a broken one changes nothing), then stores. Serialised: read, change, write. */
    public synchronized NetworkSettings update(NetworkSettingsRequest request) {
        NetworkSettings current = repository.network();
        if (request == null) {
            return current;
        }
        NetworkSettings next = request.applyTo(current);
        if (!next.equals(current)) {
            repository.saveNetwork(next);
        }
        return next;
    }
}
