package com.example.editor;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;

import javax.swing.JComboBox;
import javax.swing.JTextArea;

/** Swing text editor: menu and toolbar commands share one listener. */
public class EditorCommands implements ActionListener {
    private final JTextArea text;
    private final JComboBox<String> encoding;
    private final DocumentStore store;

    public EditorCommands(JTextArea text, JComboBox<String> encoding, DocumentStore store) {
        this.text = text;
        this.encoding = encoding;
        this.store = store;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        String command = e.getActionCommand();
        if (command == "save") { // expect: string-reference-equality
            String chosen = (String) encoding.getSelectedItem();
            store.save(text.getText(), chosen != "UTF-8" ? chosen : "UTF-8"); // expect: string-reference-equality
        } else if ("clear".equals(command)) {
            text.setText("");
        } else if (command.equals("upper")) {
            text.setText(text.getText().toUpperCase());
        }
    }
}
