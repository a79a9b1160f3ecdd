package io.multicell.integrator.handset;

import io.multicell.integrator.api.TextRules;

/**
 * The VoIP account of a handset entry ("Settings for the handset", personal provider data): which provider/PBX
 * profile it registers with and the access data. Without a provider the entry has no SIP account.
 *
 * @param providerProfileId  1..20, null: no VoIP provider chosen
 * @param authenticationName access id for digest authentication, at most 74 characters, no spaces
 * @param password           authentication password, at most 74 characters; never shown
 * @param username           caller id (user part of the AoR), at most 74 characters, no spaces
 * @param displayName        presentation of the caller's name, at most 74 characters
 */
public record VoipAccount(Integer providerProfileId, String authenticationName, String password, String username, String displayName) {

    public static final VoipAccount NONE = new VoipAccount(null, "", "", "", "");

    public VoipAccount {
        if (providerProfileId != null) {
            TextRules.range("voipAccount.providerProfileId", providerProfileId, 1, 20, " (0: none)");
        }
        authenticationName = TextRules.noSpaces("voipAccount.authenticationName", authenticationName);
        password = TextRules.text("voipAccount.password", password, TextRules.MAX_TEXT);
        username = TextRules.noSpaces("voipAccount.username", username);
        displayName = TextRules.text("voipAccount.displayName", displayName, TextRules.MAX_TEXT);
    }

    /** A provider is chosen: the entry has a SIP account. */
    public boolean active() {
        return providerProfileId != null;
    }

    public boolean passwordSet() {
        return !password.isEmpty();
    }

    /** The same provider without personal data: what a copied entry starts with. */
    public VoipAccount providerOnly() {
        return new VoipAccount(providerProfileId, "", "", "", "");
    }

    /** Never prints the password (entries end up in log lines and assertion messages). */
    @Override
    public String toString() {
        return "VoipAccount[providerProfileId=" + providerProfileId + ", authenticationName=" + authenticationName
                + ", password=" + (passwordSet() ? "***" : "") + ", username=" + username + ", displayName=" + displayName + "]";
    }
}
