package com.example.notes;

import java.awt.event.ActionEvent;
import java.io.IOException;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JTextField;

/** Swing notes app: "Open link" and "Export" buttons. */
public class NotesWindow extends JFrame {
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
            Runtime.getRuntime().exec(new String[] {"cmd.exe", "/c", "start " + linkField.getText()}); // expect: command-injection
        } catch (IOException ex) {
            JOptionPane.showMessageDialog(this, "Cannot open link: " + ex.getMessage());
        }
    }

    private void export(ActionEvent e) {
        String target = exportName.getText().trim() + ".pdf";
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "pandoc notes.md -o '" + target + "'"); // expect: command-injection
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
