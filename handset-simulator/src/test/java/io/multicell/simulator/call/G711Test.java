package io.multicell.simulator.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Byte for byte against the values of the classic G.711 reference coder (Sun g711.c). */
class G711Test {

    @Test
    void aLawCodesSilenceAndTheExtremes() {
        assertThat(G711.alaw((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.alaw((short) -8)).isEqualTo((byte) 0x55);
        assertThat(G711.alaw(Short.MAX_VALUE)).isEqualTo((byte) 0xAA);
        assertThat(G711.alaw(Short.MIN_VALUE)).isEqualTo((byte) 0x2A);
        assertThat(G711.alaw((short) 1000)).isEqualTo((byte) 0xFA);
    }

    @Test
    void muLawCodesSilenceAndTheExtremes() {
        assertThat(G711.ulaw((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.ulaw((short) -4)).isEqualTo((byte) 0x7E);
        assertThat(G711.ulaw(Short.MAX_VALUE)).isEqualTo((byte) 0x80);
        assertThat(G711.ulaw(Short.MIN_VALUE)).isEqualTo((byte) 0x00);
        assertThat(G711.ulaw((short) 1000)).isEqualTo((byte) 0xCE);
    }

    @Test
    void louderSamplesCodeToHigherSegmentsOnBothSides() {
        // A-law inverts even bits; µ-law inverts all: compare the decoded magnitude order via the segment bits.
        int quiet = (G711.alaw((short) 100) ^ 0xD5) & 0x70;
        int loud = (G711.alaw((short) 20000) ^ 0xD5) & 0x70;
        assertThat(loud).isGreaterThan(quiet);
        int quietU = (~G711.ulaw((short) 100)) & 0x70;
        int loudU = (~G711.ulaw((short) 20000)) & 0x70;
        assertThat(loudU).isGreaterThan(quietU);
    }
}
