package com.example.undertow;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Undertow handler: /version answers with build info read from the image, falling back to "dev". */
class VersionHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(VersionHandler.class);
    private static final Path BUILD_INFO = Path.of("/app/build-info.properties");

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Properties info = new Properties();
        try (var reader = Files.newBufferedReader(BUILD_INFO)) {
            info.load(reader);
        } catch (IOException e) {
            LOG.warn("no build info at {}: {}", BUILD_INFO, e.toString());
        }
        String build = info.getProperty("build", "0");
        int buildNumber = build.matches("\\d{1,9}") ? Integer.parseInt(build) : 0;
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
        exchange.getResponseSender().send(info.getProperty("version", "dev") + "+" + buildNumber);
    }
}
