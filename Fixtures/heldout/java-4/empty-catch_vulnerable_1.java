package com.example.timer;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;

/** Swing pomodoro timer: settings window. */
public class SettingsWindow extends JFrame {
    private final JTextField minutesField = new JTextField("25", 4);
    private final JSpinner rounds = new JSpinner();
    private int minutes = 25;

    public SettingsWindow() {
        super("Pomodoro settings");
        add(minutesField);
        add(rounds);
        pack();
    }

    public static void main(String[] args) {
        try {
            UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
        } catch (ClassNotFoundException | InstantiationException | IllegalAccessException // expect: empty-catch
                 | UnsupportedLookAndFeelException e) {
        }
        SwingUtilities.invokeLater(() -> new SettingsWindow().setVisible(true));
    }

    void apply() {
        try {
            minutes = Integer.parseInt(minutesField.getText().trim());
        } catch (NumberFormatException ex) { } // expect: empty-catch
        JOptionPane.showMessageDialog(this, "Work for " + minutes + " minutes, " + rounds.getValue() + " rounds");
    }
}
