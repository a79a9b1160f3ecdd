package io.multicell.integrator.security;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.persistence.UserRepository;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The manual's two user IDs: logging in (bcrypt, throttled), changing passwords and activating the user role
 * ("Web configurator access rights"). The API and the pages both come through here.
 */
@ApplicationScoped
public class WebUsers {

    /** bcrypt cost: 2^10 rounds, BcryptUtil's default, tens of milliseconds per check. */
    static final int BCRYPT_COST = 10;

    private final UserRepository repository;
    private final LoginThrottle throttle;
    private final VerifiedPasswords verified;
    private final Clock clock;

    public WebUsers(UserRepository repository, LoginThrottle throttle, VerifiedPasswords verified, Clock clock) {
        this.repository = repository;
        this.throttle = throttle;
        this.verified = verified;
        this.clock = clock;
    }

    /** The user whose password this is; refuses unknown, inactive, wrong and locked alike to the caller. */
    public WebUser login(String name, String password) {
        Duration locked = throttle.lockedFor(name);
        if (!locked.isZero()) {
            throw new LoginRefusedException("user " + name + " is locked after repeated failures", locked);
        }
        WebUser user = repository.find(name).orElse(null);
        boolean matches = user != null && password != null
                && (verified.known(user, password) || BcryptUtil.matches(password, user.passwordHash()));
        if (!matches) {
            throttle.failed(name);
            throw new LoginRefusedException("wrong user or password", throttle.lockedFor(name));
        }
        if (!user.active()) {
            throw new LoginRefusedException("user " + name + " is not activated", Duration.ZERO);
        }
        throttle.succeeded(name);
        verified.remember(user, password);
        return user;
    }

    /** The stored user behind an established session (form login cookie); empty when gone or deactivated. */
    public Optional<WebUser> active(String name) {
        return repository.find(name).filter(WebUser::active);
    }

    public List<UserView> list() {
        return repository.all().stream().map(UserView::of).toList();
    }

    public UserView get(String name) {
        return UserView.of(find(name));
    }

    /**
     * Sets a new password for {@code target}. The admin may change both; user only its own (the manual).
     *
     * @throws ForbiddenException when {@code actor} may not change {@code target}'s password (HTTP 403)
     */
    public UserView changePassword(String actor, String actorRole, String target, String newPassword, String repeatPassword) {
        WebUser user = find(target);
        if (!Roles.ADMIN.equals(actorRole) && !actor.equals(target)) {
            throw new ForbiddenException(actor + " may change only its own password");
        }
        PasswordRules.check("newPassword", newPassword, "repeatPassword", repeatPassword);
        WebUser changed = user.withPassword(BcryptUtil.bcryptHash(newPassword, BCRYPT_COST), clock.instant());
        repository.update(changed);
        verified.forget(target);
        return UserView.of(changed);
    }

    /**
     * "Activate user access" Yes/No, with the user's new password when one is given (checked by the password rules
     * before anything is stored; both in one update). The admin ID cannot be switched off. Without a password the user
     * keeps its own: a user still at the default password changes it at its first login to the web configurator.
     */
    public UserView setActive(String target, UserActivation activation) {
        WebUser user = find(target);
        if (!Roles.USER.equals(user.role())) {
            throw new InvalidValueException("name", "only the user role can be activated or deactivated");
        }
        if (activation.setsPassword()) {
            PasswordRules.check("newPassword", activation.newPassword(), "repeatPassword", activation.repeatPassword());
            user = user.withPassword(BcryptUtil.bcryptHash(activation.newPassword(), BCRYPT_COST), clock.instant());
        }
        WebUser changed = new WebUser(user.name(), user.role(), user.passwordHash(), activation.active(),
                user.passwordChangeRequired(), clock.instant());
        repository.update(changed);
        verified.forget(target);
        return UserView.of(changed);
    }

    private WebUser find(String name) {
        return repository.find(name).orElseThrow(() -> new UnknownEntityException("name", "no such user: " + name));
    }
}
