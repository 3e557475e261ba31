package com.example.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Undertow handler: /version answers with build info read from the image, falling back to "dev". */
class VersionHandler implements HttpHandler {
    private static final Path BUILD_INFO = Path.of("/app/build-info.properties");

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Properties info = new Properties();
        try (var reader = Files.newBufferedReader(BUILD_INFO)) {
            info.load(reader);
        } catch (IOException e) { // expect: empty-catch
        }
        int buildNumber = 0;
        try {
            buildNumber = Integer.parseInt(info.getProperty("build", "0"));
        } catch (NumberFormatException ignored) {} // expect: empty-catch
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
        exchange.getResponseSender().send(info.getProperty("version", "dev") + "+" + buildNumber);
    }
}
