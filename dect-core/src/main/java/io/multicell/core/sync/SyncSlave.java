package io.multicell.core.sync;

/** How a base synchronises: the manual's Sync Slave column. NONE for the sync master. */
public enum SyncSlave {
    NONE,
    DECT,
    LAN
}
