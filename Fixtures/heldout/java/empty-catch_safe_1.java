package com.example.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

public class AppConfig {

    private static final Logger LOG = Logger.getLogger(AppConfig.class.getName());
    private final Properties props = new Properties();

    public AppConfig(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read " + file + ", using defaults", e);
        }
    }

    public int port() {
        try {
            return Integer.parseInt(props.getProperty("server.port", "8080"));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("server.port is not a number", e);
        }
    }
}
