package com.acme.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** User settings for the desktop editor, stored in ~/.acme-editor/settings.properties. */
public class EditorSettings {

    private static final Logger LOG = Logger.getLogger(EditorSettings.class.getName());
    private final Properties props = new Properties();
    private final Path file;

    public EditorSettings(Path file) {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) {
            LOG.log(Level.INFO, "no settings at " + file + ", using defaults", e);
        }
    }

    public int fontSize() {
        try {
            return Integer.parseInt(props.getProperty("font.size", "13"));
        } catch (NumberFormatException e) {
            return 13;
        }
    }

    public void save() throws IOException {
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "editor settings");
        }
    }
}
