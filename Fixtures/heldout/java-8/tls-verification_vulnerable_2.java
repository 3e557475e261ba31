package com.example.printfarm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;
import picocli.CommandLine.Parameters;

class PrinterStatusProbe implements Runnable {

    @Parameters(index = "0", description = "printer host")
    String host;

    @Override
    public void run() {
        try {
            HttpsURLConnection conn = (HttpsURLConnection) new URL("https://" + host + "/api/status").openConnection();
            conn.setHostnameVerifier((hostname, session) -> true); // expect: tls-verification
            conn.setConnectTimeout(2000);
            try (InputStream in = conn.getInputStream()) {
                System.out.println(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            System.err.println(host + ": " + e.getMessage());
        }
    }
}
