package io.multicell.integrator.persistence;

import io.multicell.integrator.provider.CallingPartyUserPart;
import io.multicell.integrator.provider.Codec;
import io.multicell.integrator.provider.ConnectionRingtone;
import io.multicell.integrator.provider.DnsQuery;
import io.multicell.integrator.provider.DtmfSendMode;
import io.multicell.integrator.provider.HoldSignalling;
import io.multicell.integrator.provider.OutboundProxyMode;
import io.multicell.integrator.provider.PhoneSystem;
import io.multicell.integrator.provider.ProviderProfile;
import io.multicell.integrator.provider.RingtoneCallType;
import io.multicell.integrator.provider.Transport;
import io.multicell.integrator.telephony.AccessCodeUse;
import io.multicell.integrator.telephony.AreaCodeUse;
import io.multicell.integrator.telephony.AudioSettings;
import io.multicell.integrator.telephony.CallSettings;
import io.multicell.integrator.telephony.Country;
import io.multicell.integrator.telephony.ToneScheme;
import io.multicell.integrator.telephony.TelephonyConfiguration;
import io.multicell.integrator.telephony.TransferTarget;
import io.multicell.integrator.telephony.VoipSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Provider profiles, Telephony settings and the SIP configuration revision in schema "integrator". A profile or page
 * without a row has the manual's defaults; a profile reset to its factory setting loses its row.
 */
@ApplicationScoped
public class TelephonyRepository {

    private static final String PROFILE_COLUMNS = """
            id, name, domain, proxy_address, proxy_port, registration_refresh_seconds, transport, sips, srtp, accept_non_srtp,
            deregister_detached_handsets, dns_query, failover_enabled, failover_server, failover_port, outbound_proxy_mode,
            outbound_proxy_address, outbound_proxy_port, mwi_subscribe, dtmf_automatic_negotiation, dtmf_send_mode, codecs,
            ptime_ms, hold_signalling, hold_towards_transfer_target, calling_party_user_part, call_completion_on_code,
            call_completion_off_code, csta, phone_system, updated_at""";

    private final DataSource dataSource;
    private final Clock clock;

    public TelephonyRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public TelephonyConfiguration load() {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, List<ConnectionRingtone>> ringtones = new HashMap<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT profile_id, call_type, name, alert_info_pattern FROM integrator.provider_ringtone")) {
                while (rs.next()) {
                    ringtones.computeIfAbsent(rs.getInt(1), id -> new ArrayList<>()).add(new ConnectionRingtone(
                            RingtoneCallType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                }
            }
            TelephonyConfiguration configuration = TelephonyConfiguration.defaults();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT " + PROFILE_COLUMNS + " FROM integrator.provider_profile")) {
                while (rs.next()) {
                    configuration = configuration.withProfile(readProfile(rs, ringtones.getOrDefault(rs.getInt("id"), List.of())));
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("""
                    SELECT sip_port, secure_sip_port, t1_ms, session_timer_seconds, failed_registration_retry_seconds,
                           subscription_timer_seconds, prack, sip_tos, rtp_tos FROM integrator.voip_settings WHERE id = 1""")) {
                if (rs.next()) {
                    configuration = configuration.withVoip(new VoipSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getBoolean(7), rs.getInt(8), rs.getInt(9)));
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT g722_enabled FROM integrator.audio_settings WHERE id = 1")) {
                if (rs.next()) {
                    configuration = configuration.withAudio(new AudioSettings(rs.getBoolean(1)));
                }
            }
            return configuration;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot load the telephony configuration", e);
        }
    }

    /** Revision of the SIP configuration the gateway last accepted (0: never). */
    public long revision() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT revision FROM integrator.sip_configuration_revision WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the SIP configuration revision", e);
        }
    }

    /**
     * Makes {@code next} the configuration of record at SIP configuration {@code revision}, in one transaction; only
     * what differs from {@code before} is written.
     */
    public void save(TelephonyConfiguration before, TelephonyConfiguration next, long revision) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot save the telephony configuration", c -> {
            for (ProviderProfile profile : next.profiles()) {
                if (!profile.equals(before.profile(profile.id()))) {
                    saveProfile(c, profile, now);
                }
            }
            if (!next.voip().equals(before.voip())) {
                saveVoip(c, next.voip(), now);
            }
            if (!next.audio().equals(before.audio())) {
                saveAudio(c, next.audio().g722Enabled(), now);
            }
            saveRevision(c, revision, now);
        });
    }

    /** Records the revision the gateway accepted (a reconciliation push changes nothing else). */
    public void saveRevision(long revision) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot save the SIP configuration revision", c -> saveRevision(c, revision, now));
    }

    /** Within a transaction of another repository: the accounts and the revision they were pushed at commit together. */
    static void saveRevision(Connection c, long revision, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("UPDATE integrator.sip_configuration_revision SET revision = ?, updated_at = ? WHERE id = 1")) {
            st.setLong(1, revision);
            st.setTimestamp(2, now);
            st.executeUpdate();
        }
    }

    public CallSettings loadCallSettings() {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT transfer_by_r_key, transfer_on_hook, transfer_target, access_code, access_code_use, international_prefix,
                       international_area_code, local_prefix, local_area_code, use_area_code, country, tone_scheme
                FROM integrator.call_settings WHERE id = 1""")) {
            if (!rs.next()) {
                return CallSettings.defaults();
            }
            return new CallSettings(rs.getBoolean(1), rs.getBoolean(2), TransferTarget.valueOf(rs.getString(3)), rs.getString(4),
                    AccessCodeUse.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    AreaCodeUse.valueOf(rs.getString(10)), Country.valueOf(rs.getString(11)), ToneScheme.valueOf(rs.getString(12)));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot load the call settings", e);
        }
    }

    public void saveCallSettings(CallSettings settings) {
        Timestamp now = Timestamp.from(clock.instant());
        Transactions.run(dataSource, "Cannot save the call settings", c -> saveCallSettings(c, settings, now));
    }

    /**
     * Within a transaction of another repository (a restore): all 20 profiles, the VoIP settings, the Audio switch and
     * the call settings, and the SIP configuration revision set to 0 ("never pushed"), so that the reconciler pushes the
     * restored configuration whatever the gateway runs.
     */
    static void replace(Connection c, TelephonyConfiguration telephony, CallSettings callSettings, Timestamp now) throws SQLException {
        for (ProviderProfile profile : telephony.profiles()) {
            saveProfile(c, profile, now);
        }
        saveVoip(c, telephony.voip(), now);
        saveAudio(c, telephony.audio().g722Enabled(), now);
        saveCallSettings(c, callSettings, now);
        saveRevision(c, 0, now);
    }

    private static void saveAudio(Connection c, boolean g722Enabled, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.audio_settings (id, g722_enabled, updated_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET g722_enabled = EXCLUDED.g722_enabled, updated_at = EXCLUDED.updated_at""")) {
            st.setBoolean(1, g722Enabled);
            st.setTimestamp(2, now);
            st.executeUpdate();
        }
    }

    private static void saveCallSettings(Connection c, CallSettings settings, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.call_settings (id, transfer_by_r_key, transfer_on_hook, transfer_target, access_code,
                       access_code_use, international_prefix, international_area_code, local_prefix, local_area_code,
                       use_area_code, country, tone_scheme, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET transfer_by_r_key = EXCLUDED.transfer_by_r_key,
                       transfer_on_hook = EXCLUDED.transfer_on_hook, transfer_target = EXCLUDED.transfer_target,
                       access_code = EXCLUDED.access_code, access_code_use = EXCLUDED.access_code_use,
                       international_prefix = EXCLUDED.international_prefix,
                       international_area_code = EXCLUDED.international_area_code, local_prefix = EXCLUDED.local_prefix,
                       local_area_code = EXCLUDED.local_area_code, use_area_code = EXCLUDED.use_area_code,
                       country = EXCLUDED.country, tone_scheme = EXCLUDED.tone_scheme,
                       updated_at = EXCLUDED.updated_at""")) {
            st.setBoolean(1, settings.transferByRKey());
            st.setBoolean(2, settings.transferOnHook());
            st.setString(3, settings.transferTarget().name());
            st.setString(4, settings.accessCode());
            st.setString(5, settings.accessCodeUse().name());
            st.setString(6, settings.internationalPrefix());
            st.setString(7, settings.internationalAreaCode());
            st.setString(8, settings.localPrefix());
            st.setString(9, settings.localAreaCode());
            st.setString(10, settings.useAreaCode().name());
            st.setString(11, settings.country().name());
            st.setString(12, settings.toneScheme().name());
            st.setTimestamp(13, now);
            st.executeUpdate();
        }
    }

    private static void saveProfile(Connection c, ProviderProfile p, Timestamp now) throws SQLException {
        try (var delete = c.prepareStatement("DELETE FROM integrator.provider_profile WHERE id = ?")) {
            delete.setInt(1, p.id());
            delete.executeUpdate();
        }
        if (p.equals(ProviderProfile.unused(p.id()))) {
            // Back to the factory setting: no row, like a profile never touched.
            return;
        }
        String placeholders = Arrays.stream(PROFILE_COLUMNS.split(",")).map(x -> "?").collect(Collectors.joining(", "));
        try (var st = c.prepareStatement("INSERT INTO integrator.provider_profile (" + PROFILE_COLUMNS + ") VALUES (" + placeholders + ")")) {
            int i = 0;
            st.setInt(++i, p.id());
            st.setString(++i, p.name());
            st.setString(++i, p.domain());
            st.setString(++i, p.proxyAddress());
            st.setInt(++i, p.proxyPort());
            st.setInt(++i, p.registrationRefreshSeconds());
            st.setString(++i, p.transport().name());
            st.setBoolean(++i, p.sips());
            st.setBoolean(++i, p.srtp());
            st.setBoolean(++i, p.acceptNonSrtp());
            st.setBoolean(++i, p.deregisterDetachedHandsets());
            st.setString(++i, p.dnsQuery().name());
            st.setBoolean(++i, p.failoverEnabled());
            st.setString(++i, p.failoverServer());
            st.setInt(++i, p.failoverPort());
            st.setString(++i, p.outboundProxyMode().name());
            st.setString(++i, p.outboundProxyAddress());
            st.setInt(++i, p.outboundProxyPort());
            st.setBoolean(++i, p.mwiSubscribe());
            st.setBoolean(++i, p.dtmfAutomaticNegotiation());
            st.setString(++i, p.dtmfSendMode().name());
            st.setString(++i, p.codecs().stream().map(Codec::name).collect(Collectors.joining(",")));
            st.setInt(++i, p.ptimeMs());
            st.setString(++i, p.holdSignalling().name());
            st.setBoolean(++i, p.holdTowardsTransferTarget());
            st.setString(++i, p.callingPartyUserPart().name());
            st.setString(++i, p.callCompletionOnCode());
            st.setString(++i, p.callCompletionOffCode());
            st.setBoolean(++i, p.csta());
            st.setString(++i, p.phoneSystem().name());
            st.setTimestamp(++i, now);
            st.executeUpdate();
        }
        try (var st = c.prepareStatement(
                "INSERT INTO integrator.provider_ringtone (profile_id, call_type, name, alert_info_pattern) VALUES (?, ?, ?, ?)")) {
            for (ConnectionRingtone ringtone : p.connectionRingtones()) {
                if (!ringtone.equals(ConnectionRingtone.initial(ringtone.type()))) {
                    st.setInt(1, p.id());
                    st.setString(2, ringtone.type().name());
                    st.setString(3, ringtone.name());
                    st.setString(4, ringtone.alertInfoPattern());
                    st.executeUpdate();
                }
            }
        }
    }

    private static void saveVoip(Connection c, VoipSettings v, Timestamp now) throws SQLException {
        try (var st = c.prepareStatement("""
                INSERT INTO integrator.voip_settings (id, sip_port, secure_sip_port, t1_ms, session_timer_seconds,
                       failed_registration_retry_seconds, subscription_timer_seconds, prack, sip_tos, rtp_tos, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET sip_port = EXCLUDED.sip_port, secure_sip_port = EXCLUDED.secure_sip_port,
                       t1_ms = EXCLUDED.t1_ms, session_timer_seconds = EXCLUDED.session_timer_seconds,
                       failed_registration_retry_seconds = EXCLUDED.failed_registration_retry_seconds,
                       subscription_timer_seconds = EXCLUDED.subscription_timer_seconds, prack = EXCLUDED.prack,
                       sip_tos = EXCLUDED.sip_tos, rtp_tos = EXCLUDED.rtp_tos, updated_at = EXCLUDED.updated_at""")) {
            st.setInt(1, v.sipPort());
            st.setInt(2, v.secureSipPort());
            st.setInt(3, v.t1Ms());
            st.setInt(4, v.sessionTimerSeconds());
            st.setInt(5, v.failedRegistrationRetrySeconds());
            st.setInt(6, v.subscriptionTimerSeconds());
            st.setBoolean(7, v.prack());
            st.setInt(8, v.sipTos());
            st.setInt(9, v.rtpTos());
            st.setTimestamp(10, now);
            st.executeUpdate();
        }
    }

    private static ProviderProfile readProfile(ResultSet rs, List<ConnectionRingtone> ringtones) throws SQLException {
        List<Codec> codecs = Arrays.stream(rs.getString("codecs").split(",")).map(Codec::valueOf).toList();
        return new ProviderProfile(
                rs.getInt("id"),
                rs.getString("name"),
                rs.getString("domain"),
                rs.getString("proxy_address"),
                rs.getInt("proxy_port"),
                rs.getInt("registration_refresh_seconds"),
                Transport.valueOf(rs.getString("transport")),
                rs.getBoolean("sips"),
                rs.getBoolean("srtp"),
                rs.getBoolean("accept_non_srtp"),
                rs.getBoolean("deregister_detached_handsets"),
                DnsQuery.valueOf(rs.getString("dns_query")),
                rs.getBoolean("failover_enabled"),
                rs.getString("failover_server"),
                rs.getInt("failover_port"),
                OutboundProxyMode.valueOf(rs.getString("outbound_proxy_mode")),
                rs.getString("outbound_proxy_address"),
                rs.getInt("outbound_proxy_port"),
                rs.getBoolean("mwi_subscribe"),
                rs.getBoolean("dtmf_automatic_negotiation"),
                DtmfSendMode.valueOf(rs.getString("dtmf_send_mode")),
                ringtones,
                codecs,
                rs.getInt("ptime_ms"),
                HoldSignalling.valueOf(rs.getString("hold_signalling")),
                rs.getBoolean("hold_towards_transfer_target"),
                CallingPartyUserPart.valueOf(rs.getString("calling_party_user_part")),
                rs.getString("call_completion_on_code"),
                rs.getString("call_completion_off_code"),
                rs.getBoolean("csta"),
                PhoneSystem.valueOf(rs.getString("phone_system")));
    }
}
