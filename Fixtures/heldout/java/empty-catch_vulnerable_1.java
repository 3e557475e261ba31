package com.example.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

public class AppConfig {

    private final Properties props = new Properties();

    public AppConfig(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) { // expect: empty-catch
        }
    }

    public int port() {
        int port = 8080;
        try {
            port = Integer.parseInt(props.getProperty("server.port"));
        } catch (NumberFormatException e) { // expect: empty-catch
            // ignore
        }
        return port;
    }
}
