package com.example.notes;

import java.awt.Desktop;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JTextField;

/** Swing notes app: "Open link" and "Export" buttons. */
public class NotesWindow extends JFrame {
    private static final Pattern FILE_NAME = Pattern.compile("^[\\w][\\w .-]{0,63}$");

    private final JTextField linkField = new JTextField(40);
    private final JTextField exportName = new JTextField(20);

    public NotesWindow() {
        super("Notes");
        JButton open = new JButton("Open link");
        open.addActionListener(this::openLink);
        JButton export = new JButton("Export PDF");
        export.addActionListener(this::export);
        add(linkField, java.awt.BorderLayout.NORTH);
        add(exportName, java.awt.BorderLayout.CENTER);
        add(open, java.awt.BorderLayout.WEST);
        add(export, java.awt.BorderLayout.EAST);
        pack();
    }

    private void openLink(ActionEvent e) {
        try {
            URI uri = new URI(linkField.getText().trim());
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                JOptionPane.showMessageDialog(this, "Only https links can be opened");
                return;
            }
            Desktop.getDesktop().browse(uri);
        } catch (IOException | URISyntaxException ex) {
            JOptionPane.showMessageDialog(this, "Cannot open link: " + ex.getMessage());
        }
    }

    private void export(ActionEvent e) {
        String name = exportName.getText().trim();
        if (!FILE_NAME.matcher(name).matches()) {
            JOptionPane.showMessageDialog(this, "Use letters, digits, spaces, dots and dashes");
            return;
        }
        String target = name + ".pdf";
        ProcessBuilder pb = new ProcessBuilder("pandoc", "notes.md", "-o", target);
        try {
            int code = pb.inheritIO().start().waitFor();
            JOptionPane.showMessageDialog(this, code == 0 ? "Exported " + target : "pandoc failed");
        } catch (IOException ex) {
            JOptionPane.showMessageDialog(this, "Export failed: " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
