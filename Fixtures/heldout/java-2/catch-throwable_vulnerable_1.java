package com.acme.plugins;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Loads third-party exporter plugins from the plugins/ directory. */
public class PluginLoader {

    private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());
    private final List<URLClassLoader> loaders = new ArrayList<>();

    public List<Exporter> load(List<Path> jars) {
        List<Exporter> exporters = new ArrayList<>();
        for (Path jar : jars) {
            try {
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
                loaders.add(loader);
                ServiceLoader.load(Exporter.class, loader).forEach(exporters::add);
            } catch (Throwable t) { // expect: catch-throwable
                LOG.log(Level.WARNING, "skipping broken plugin " + jar, t);
            }
        }
        return exporters;
    }

    public byte[] runExport(Exporter exporter, Document doc) {
        try {
            return exporter.export(doc);
        } catch (Throwable t) { // expect: catch-throwable
            LOG.log(Level.SEVERE, "exporter " + exporter.name() + " crashed", t);
            return new byte[0];
        }
    }
}
