package io.multicell.manager.calls;

/** The statistics counters of one base (the manual's Status > Statistics table), confined to the control thread. */
public final class BaseCounters {

    long conn;
    long hoSetup;
    long hoRelease;
    long callDrops;
    long async;
    long busy;
    long connDrops;
    int callsPeak;
    long syncSwaps;

    void reset(int callsNow) {
        conn = 0;
        hoSetup = 0;
        hoRelease = 0;
        callDrops = 0;
        async = 0;
        busy = 0;
        connDrops = 0;
        syncSwaps = 0;
        callsPeak = callsNow;
    }

    public long conn() {
        return conn;
    }

    public long hoSetup() {
        return hoSetup;
    }

    public long hoRelease() {
        return hoRelease;
    }

    public long callDrops() {
        return callDrops;
    }

    public long async() {
        return async;
    }

    public long busy() {
        return busy;
    }

    public long connDrops() {
        return connDrops;
    }

    public int callsPeak() {
        return callsPeak;
    }

    public long syncSwaps() {
        return syncSwaps;
    }
}
