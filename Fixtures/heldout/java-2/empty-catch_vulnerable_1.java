package com.acme.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** User settings for the desktop editor, stored in ~/.acme-editor/settings.properties. */
public class EditorSettings {

    private final Properties props = new Properties();
    private final Path file;

    public EditorSettings(Path file) {
        this.file = file;
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) { // expect: empty-catch
        }
    }

    public int fontSize() {
        int size = 13;
        try {
            size = Integer.parseInt(props.getProperty("font.size", "13"));
        } catch (NumberFormatException e) {} // expect: empty-catch
        return size;
    }

    public void save() {
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "editor settings");
        } catch (IOException e) {
            throw new IllegalStateException("could not save settings to " + file, e);
        }
    }
}
