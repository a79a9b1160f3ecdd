package io.multicell.sip.config;

/**
 * The access code and area code rules of the manual's Call settings, applied to the digits a handset dialled
 * before the gateway sends INVITE.
 *
 * <ul>
 * <li>Area codes, for a number that starts with neither the international nor the local prefix (a local call):
 * LOCAL and LOCAL_AND_NATIONAL put the local prefix and local area code in front ("0" + "207" + number).
 * For a number that starts with the local prefix (a national call): LOCAL_AND_NATIONAL replaces the local prefix by
 * the international prefix and area code ("0161..." becomes "0044161..."), when both are set.</li>
 * <li>Access code ALWAYS: put in front of every number that does not already start with it. CALL_LISTS applies to
 * numbers dialled from call lists, which the gateway cannot tell apart: it leaves them alone. NEVER: never.</li>
 * </ul>
 *
 * The integrator pushes them with the SIP configuration ({@code multicell.sip.v1.DialSettings}); without them the
 * gateway runs with {@link #NONE}: numbers go out as dialled.
 */
public record DialRules(String accessCode, AccessCodeUse accessCodeUse, String internationalPrefix, String internationalAreaCode,
        String localPrefix, String localAreaCode, AreaCodeUse useAreaCode) {

    /** When the access code is put in front. */
    public enum AccessCodeUse {
        NEVER,
        CALL_LISTS,
        ALWAYS
    }

    /** When the local area code is put in front. */
    public enum AreaCodeUse {
        NEVER,
        LOCAL,
        LOCAL_AND_NATIONAL
    }

    /** No access code, no area codes: every number as dialled. */
    public static final DialRules NONE = new DialRules("", AccessCodeUse.NEVER, "00", "", "0", "", AreaCodeUse.NEVER);

    /** The number to call for these dialled digits. */
    public String apply(String dialled) {
        String number = dialled.strip();
        if (number.isEmpty()) {
            return number;
        }
        number = withAreaCode(number);
        if (accessCodeUse == AccessCodeUse.ALWAYS && !accessCode.isEmpty() && !number.startsWith(accessCode)) {
            number = accessCode + number;
        }
        return number;
    }

    private String withAreaCode(String number) {
        if (useAreaCode == AreaCodeUse.NEVER || !number.chars().allMatch(Character::isDigit)) {
            return number;
        }
        boolean international = !internationalPrefix.isEmpty() && number.startsWith(internationalPrefix);
        boolean national = !international && !localPrefix.isEmpty() && number.startsWith(localPrefix);
        if (!international && !national && !localAreaCode.isEmpty()) {
            return localPrefix + localAreaCode + number;
        }
        if (national && useAreaCode == AreaCodeUse.LOCAL_AND_NATIONAL && !internationalPrefix.isEmpty()
                && !internationalAreaCode.isEmpty()) {
            return internationalPrefix + internationalAreaCode + number.substring(localPrefix.length());
        }
        return number;
    }
}
