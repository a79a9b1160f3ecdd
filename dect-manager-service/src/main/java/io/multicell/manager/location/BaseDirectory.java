package io.multicell.manager.location;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import java.util.List;
import java.util.Optional;

/** What the handset side needs to know of the bases and send them; answered by the base registry on the same thread. */
public interface BaseDirectory {

    /** RFPI of a planned base; empty for a pending or unknown one. */
    Optional<Rfpi> rfpi(MacAddress base);

    /** True while the base's control stream is open and alive. */
    boolean online(MacAddress base);

    /** The online bases of the cluster {@code base} belongs to (every online base when it has no cluster). */
    List<MacAddress> onlineBasesAround(MacAddress base);

    /** Every online base. */
    List<MacAddress> onlineBases();

    /** Pages a handset through a base; false when the base has no open stream. */
    boolean page(MacAddress base, Ipui ipui, String pageId);

    /** Tells a base to drop a handset's air stream; false when the base has no open stream. */
    boolean release(MacAddress base, Ipui ipui, String reason);

    /** No bases at all (a registry opened only to read what is stored). */
    BaseDirectory NONE = new BaseDirectory() {
        @Override
        public Optional<Rfpi> rfpi(MacAddress base) {
            return Optional.empty();
        }

        @Override
        public boolean online(MacAddress base) {
            return false;
        }

        @Override
        public List<MacAddress> onlineBasesAround(MacAddress base) {
            return List.of();
        }

        @Override
        public List<MacAddress> onlineBases() {
            return List.of();
        }

        @Override
        public boolean page(MacAddress base, Ipui ipui, String pageId) {
            return false;
        }

        @Override
        public boolean release(MacAddress base, Ipui ipui, String reason) {
            return false;
        }
    };
}
