package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;

/** A handset's answer to a challenge (RES), relayed by its base. */
public record HandsetAnswer(MacAddress base, Ipui ipui, String transactionId, byte[] res) {

    public HandsetAnswer {
        transactionId = transactionId == null ? "" : transactionId;
        res = res == null ? new byte[0] : res.clone();
    }
}
