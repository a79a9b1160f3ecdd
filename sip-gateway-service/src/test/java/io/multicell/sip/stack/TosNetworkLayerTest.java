package io.multicell.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.SipStackImpl;

class TosNetworkLayerTest {

    @Test
    void dscpFillsTheUpperSixBitsOfTheTrafficClass() {
        assertThat(TosNetworkLayer.trafficClassOf(34)).isEqualTo(0x88);
        assertThat(TosNetworkLayer.trafficClassOf(46)).isEqualTo(0xb8);
        assertThat(TosNetworkLayer.trafficClassOf(0)).isZero();
    }

    @Test
    void sipSocketsOfTheStackCarryTheConfiguredDiffServ() throws Exception {
        var properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "tos-test");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JainSipLogger.class.getName());
        properties.setProperty(TosNetworkLayer.DSCP_PROPERTY, "46");
        var stack = new SipStackImpl(properties);
        try {
            var layer = new TosNetworkLayer();
            layer.setSipStack(stack);
            try (var socket = layer.createDatagramSocket(0, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getTrafficClass()).isEqualTo(0xb8);
            }
        } finally {
            stack.stop();
        }
    }
}
