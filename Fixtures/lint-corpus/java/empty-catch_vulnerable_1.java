package config;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

public class Settings {
    private final Properties properties = new Properties();

    public Settings(String path) {
        try (InputStream in = new FileInputStream(path)) {
            properties.load(in);
        } catch (IOException e) { // expect: empty-catch
        }
    }

    public int port() {
        try {
            return Integer.parseInt(properties.getProperty("port"));
        } catch (NumberFormatException e) {} // expect: empty-catch
        return 8080;
    }
}
