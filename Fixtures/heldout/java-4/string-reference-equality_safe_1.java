package com.example.editor;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
        switch (e.getActionCommand()) {
            case "save":
                String chosen = (String) encoding.getSelectedItem();
                Charset cs = chosen == null ? StandardCharsets.UTF_8 : Charset.forName(chosen);
                store.save(text.getText(), cs == StandardCharsets.UTF_8 ? "UTF-8" : cs.name());
                break;
            case "clear":
                text.setText("");
                break;
            case "upper":
                text.setText(text.getText().toUpperCase());
                break;
            default:
                break;
        }
        if (e.getSource() == encoding) {
            text.requestFocusInWindow();
        }
    }
}
