package com.example.photos;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;

import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;

/** Swing photo organiser: builds thumbnails of a folder in the background. */
public class ThumbnailWorker extends SwingWorker<Integer, String> {
    private final List<File> files;
    private final ThumbnailCache cache;
    private final JProgressBar progress;
    private final JLabel status;

    public ThumbnailWorker(List<File> files, ThumbnailCache cache, JProgressBar progress, JLabel status) {
        this.files = files;
        this.cache = cache;
        this.progress = progress;
        this.status = status;
    }

    @Override
    protected Integer doInBackground() {
        int done = 0;
        for (File f : files) {
            try {
                BufferedImage img = ImageIO.read(f);
                if (img != null) {
                    cache.put(f, img);
                    done++;
                }
            } catch (IOException | RuntimeException e) {
                publish(f.getName() + ": " + e);
            }
            setProgress(100 * done / Math.max(1, files.size()));
        }
        return done;
    }

    @Override
    protected void process(List<String> problems) {
        status.setText(problems.get(problems.size() - 1));
    }

    @Override
    protected void done() {
        try {
            status.setText(get() + " thumbnails ready");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            status.setText("Thumbnail job failed: " + (cause != null ? cause.getMessage() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        progress.setValue(100);
    }
}
