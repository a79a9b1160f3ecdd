package io.multicell.integrator.web.provider;

import io.multicell.integrator.provider.CallingPartyUserPart;
import io.multicell.integrator.provider.Codec;
import io.multicell.integrator.provider.DnsQuery;
import io.multicell.integrator.provider.DtmfSendMode;
import io.multicell.integrator.provider.HoldSignalling;
import io.multicell.integrator.provider.OutboundProxyMode;
import io.multicell.integrator.provider.PhoneSystem;
import io.multicell.integrator.provider.RingtoneCallType;
import io.multicell.integrator.provider.Transport;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.FormDefinition;
import java.util.List;

/**
 * The manual's provider/PBX configuration page as a form: every field of ProviderProfileRequest, grouped as the
 * manual groups them. The connection ringtones are one row per call type (its type sent back hidden, so the request
 * names it); the codecs are the active ones in order of preference.
 */
final class ProviderProfileForm {

    static final List<Choice> PTIMES = List.of(new Choice("10", "10 ms"), new Choice("20", "20 ms"), new Choice("30", "30 ms"));

    static final FormDefinition FORM = build();

    private ProviderProfileForm() {
    }

    /** The form of profile {@code id}, shown and posted at its own path. */
    static FormDefinition of(int id) {
        return FORM.at(path(id));
    }

    static String path(int id) {
        return Menu.PROVIDER_PROFILES + "/" + id;
    }

    private static FormDefinition build() {
        FormDefinition.Builder form = FormDefinition.builder("provider", Menu.PROVIDER_PROFILES)
                .section("connection")
                .text("name")
                .select("phoneSystem", PhoneSystem.class)
                .readOnly("usedByHandsets")
                .section("general")
                .text("domain")
                .text("proxyAddress")
                .number("proxyPort", null)
                .number("registrationRefreshSeconds", "s")
                .select("transport", Transport.class)
                .checkbox("sips")
                .checkbox("srtp")
                .checkbox("acceptNonSrtp")
                .checkbox("deregisterDetachedHandsets")
                .section("redundancy")
                .select("dnsQuery", DnsQuery.class)
                .checkbox("failoverEnabled")
                .text("failoverServer")
                .number("failoverPort", null)
                .section("network")
                .select("outboundProxyMode", OutboundProxyMode.class)
                .text("outboundProxyAddress")
                .number("outboundProxyPort", null)
                .checkbox("mwiSubscribe")
                .section("dtmf")
                .checkbox("dtmfAutomaticNegotiation")
                .select("dtmfSendMode", DtmfSendMode.class)
                .section("ringtones");
        for (RingtoneCallType type : RingtoneCallType.values()) {
            String row = "connectionRingtones[" + type.ordinal() + "].";
            form.hidden(row + "type").text(row + "name").text(row + "alertInfoPattern");
        }
        return form.section("codecs")
                .orderedList("codecs", Codec.class)
                .section("rtp")
                .select("ptimeMs", PTIMES)
                .select("holdSignalling", HoldSignalling.class)
                .checkbox("holdTowardsTransferTarget")
                .section("caller")
                .select("callingPartyUserPart", CallingPartyUserPart.class)
                .section("serviceCodes")
                .text("callCompletionOnCode")
                .text("callCompletionOffCode")
                .section("csta")
                .checkbox("csta")
                .build();
    }
}
