package config;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Logger;

public class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private final Properties properties = new Properties();

    public Settings(String path) {
        try (InputStream in = new FileInputStream(path)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public int port() {
        try {
            return Integer.parseInt(properties.getProperty("port"));
        } catch (NumberFormatException e) {
            LOG.warning("port is not a number, using 8080");
        }
        return 8080;
    }
}
