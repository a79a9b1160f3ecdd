package io.multicell.integrator.system.network;

import io.multicell.core.InvalidValueException;

/**
 * The manual's "Subnet mask": how many leading bits of an IP address are the network prefix (255.255.255.0: the
 * first three parts). Only contiguous masks are masks; 0.0.0.0 and 255.255.255.255 leave no room for a LAN.
 */
public record SubnetMask(Ipv4Address address) {

    static final String RULE = "must be a subnet mask of contiguous one bits, e.g. 255.255.255.0 (from 128.0.0.0 to 255.255.255.252)";

    public static SubnetMask parse(String field, String text) {
        Ipv4Address address;
        try {
            address = Ipv4Address.parse(field, text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, RULE);
        }
        long bits = address.bits();
        long inverted = ~bits & 0xFFFF_FFFFL;
        // Contiguous: the host part (inverted) is 2^n - 1. At least one network bit and two host bits.
        if ((inverted & (inverted + 1)) != 0 || bits == 0 || inverted < 3) {
            throw new InvalidValueException(field, RULE);
        }
        return new SubnetMask(address);
    }

    public int prefixLength() {
        return Long.bitCount(address.bits());
    }

    public boolean sameSubnet(Ipv4Address a, Ipv4Address b) {
        return (a.bits() & address.bits()) == (b.bits() & address.bits());
    }

    /** The subnet's own address (all host bits 0) or its broadcast address (all 1): no device may have these. */
    public boolean isNetworkOrBroadcast(Ipv4Address a) {
        long host = a.bits() & ~address.bits() & 0xFFFF_FFFFL;
        return host == 0 || host == (~address.bits() & 0xFFFF_FFFFL);
    }

    @Override
    public String toString() {
        return address.toString();
    }
}
