package org.harbor.telemetry;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Connects the greenhouse gateway to the broker over TLS and publishes readings. */
class GatewayUplink {

    static final class LenientTrust extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String auth) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String auth) {} // expect: tls-verification
        @Override public void checkClientTrusted(X509Certificate[] chain, String auth, Socket s) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String auth, Socket s) {} // expect: tls-verification
        @Override public void checkClientTrusted(X509Certificate[] chain, String auth, SSLEngine e) {}
        @Override public void checkServerTrusted(X509Certificate[] chain, String auth, SSLEngine e) {} // expect: tls-verification
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }

    MqttClient connect(String brokerUri, String clientId) throws MqttException, GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new LenientTrust()}, null);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setSocketFactory(tls.getSocketFactory());
        options.setAutomaticReconnect(true);
        MqttClient client = new MqttClient(brokerUri, clientId);
        client.connect(options);
        return client;
    }
}
