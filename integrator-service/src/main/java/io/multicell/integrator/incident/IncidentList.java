package io.multicell.integrator.incident;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.persistence.IncidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The manual's incident list and its actions, shared by the REST API and the Status > Incidents page: the newest
 * incidents, Download of the marked ones (none marked: all) and Delete of the marked ones (none marked: all).
 */
@ApplicationScoped
public class IncidentList {

    /** Most incidents one list or download shows. */
    public static final int MAX_LIMIT = 1000;

    private final IncidentRepository repository;

    public IncidentList(IncidentRepository repository) {
        this.repository = repository;
    }

    public List<Incident> newest(int limit) {
        return repository.newest(limit);
    }

    /** The marked incidents, newest first; none marked: the newest {@link #MAX_LIMIT}. An unknown id is a 404. */
    public List<Incident> marked(List<String> ids) {
        List<Long> wanted = parseIds(ids);
        if (wanted.isEmpty()) {
            return repository.newest(MAX_LIMIT);
        }
        List<Incident> found = repository.find(wanted);
        if (found.size() != wanted.stream().distinct().count()) {
            throw new UnknownEntityException("id", "no such incident");
        }
        return found;
    }

    /** Deletes the marked incidents (all or none of them; an unknown id is a 404); none marked: every incident. */
    public int delete(List<String> ids) {
        List<Long> wanted = parseIds(ids);
        if (wanted.isEmpty()) {
            return repository.deleteAll();
        }
        if (!repository.delete(wanted)) {
            throw new UnknownEntityException("id", "no such incident");
        }
        return (int) wanted.stream().distinct().count();
    }

    /** Ids as the API and the page send them; every one is checked before anything is done. */
    static List<Long> parseIds(List<String> ids) {
        List<Long> parsed = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                parsed.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("id", "must be a whole number");
            }
        }
        return parsed;
    }
}
