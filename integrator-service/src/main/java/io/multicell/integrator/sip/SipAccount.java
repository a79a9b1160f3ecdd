package io.multicell.integrator.sip;

/**
 * The SIP account of one handset entry as the gateway is sent it.
 *
 * @param accountId the handset entry's id
 * @param ipui      the IPUI the handset registered with, else the entry's IPUI when it names one, else empty
 */
public record SipAccount(String accountId, int profileId, String authenticationName, String password, String username,
                         String displayName, String ipui) {

    @Override
    public String toString() {
        return "SipAccount[accountId=" + accountId + ", profileId=" + profileId + ", authenticationName=" + authenticationName
                + ", password=" + (password.isEmpty() ? "" : "***") + ", username=" + username + ", displayName=" + displayName
                + ", ipui=" + ipui + "]";
    }
}
