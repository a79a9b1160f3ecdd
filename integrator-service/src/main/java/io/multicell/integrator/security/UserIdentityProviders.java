package io.multicell.integrator.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where HTTP Basic (API) and the login form (pages) find the users: {@link WebUsers} in PostgreSQL. Both look the user
 * up on a worker thread, as JDBC blocks.
 */
public final class UserIdentityProviders {

    /** Attribute of the identity: true while the default password has not been changed. */
    public static final String PASSWORD_CHANGE_REQUIRED = "multicell.passwordChangeRequired";

    private UserIdentityProviders() {
    }

    static SecurityIdentity identity(WebUser user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.name()))
                .addRole(user.role())
                .addAttribute(PASSWORD_CHANGE_REQUIRED, user.passwordChangeRequired())
                .build();
    }

    /** User name and password: HTTP Basic on the API and the login form (j_security_check). */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final WebUsers users;

        public Password(WebUsers users) {
            this.users = users;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                try {
                    return identity(users.login(request.getUsername(), new String(request.getPassword().getPassword())));
                } catch (LoginRefusedException e) {
                    throw new AuthenticationFailedException(e.getMessage());
                }
            });
        }
    }

    /**
     * A session cookie of the login form names a user who logged in before; the user is read again so that a
     * deactivated user ID is out at its next request and a changed password is seen at once.
     */
    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final WebUsers users;

        public Session(WebUsers users) {
            this.users = users;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> users.active(request.getPrincipal())
                    .map(UserIdentityProviders::identity)
                    .orElseThrow(() -> new AuthenticationFailedException("user " + request.getPrincipal() + " is not active")));
        }
    }
}
