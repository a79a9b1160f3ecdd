package io.multicell.sip.config;

/** The SIP account of one handset ("Settings for the handset"). */
public record SipAccount(
        String accountId,
        int profileId,
        String authenticationName,
        String password,
        String username,
        String displayName,
        String ipui) {

    /** Name for digest authentication: the authentication name, or the username when it is empty. */
    public String effectiveAuthenticationName() {
        return authenticationName.isEmpty() ? username : authenticationName;
    }

    /** Whether the account has what a registration needs: a username and a password. */
    public boolean complete() {
        return !username.isEmpty() && !password.isEmpty();
    }

    // The password never reaches a log line.
    @Override
    public String toString() {
        return "SipAccount[" + accountId + ", profile " + profileId + ", username " + username + "]";
    }
}
