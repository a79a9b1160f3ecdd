package io.multicell.integrator.diagnostics;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What stands for the manual's "MAC address of integrator" in the diagnostics file name: the integrator has no DECT
 * hardware of its own, so it is the hardware address of the host's (container's) first network interface that is up and
 * not loopback, as 12 upper-case hex digits; a host without one (loopback only) is named "multicell".
 */
public final class HostId {

    static final String FALLBACK = "multicell";

    private HostId() {
    }

    public static String integratorMac() {
        return firstHardwareAddress().orElse(FALLBACK);
    }

    static Optional<String> firstHardwareAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(HostId::usable)
                    .sorted(Comparator.comparingInt(NetworkInterface::getIndex))
                    .map(HostId::hardwareAddress)
                    .filter(a -> a != null && a.length == 6 && !allZero(a))
                    .map(a -> HexFormat.of().withUpperCase().formatHex(a))
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback() && !i.isVirtual();
        } catch (SocketException e) {
            return false;
        }
    }

    private static byte[] hardwareAddress(NetworkInterface i) {
        try {
            return i.getHardwareAddress();
        } catch (SocketException e) {
            return null;
        }
    }

    private static boolean allZero(byte[] address) {
        for (byte b : address) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
