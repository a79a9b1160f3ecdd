package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** "Calling Party (User Part)": which identity headers may carry the caller's identity. */
public enum CallingPartyUserPart implements Labelled {
    FROM("FROM"),
    PPI_FROM("PPI+FROM"),
    PAI_SIP_PPI_FROM("PAI (sip)+PPI+FROM"),
    PAI_TEL_PPI_FROM("PAI (tel)+PPI+FROM"),
    PAI_TEL_FROM_PAI_SIP("PAI (tel)+FROM+PAI (sip)");

    private final String label;

    CallingPartyUserPart(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
