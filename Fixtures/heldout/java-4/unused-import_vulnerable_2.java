package com.example.quiz;

import java.awt.BorderLayout;
import java.awt.Font;
import java.io.IOException; // expect: unused-import
import java.util.List;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities; // expect: unused-import

/** Swing flash-card quiz for the vocabulary course. */
public class QuizFrame extends JFrame {
    private final List<Card> cards;
    private final JLabel prompt = new JLabel("", JLabel.CENTER);
    private int index;

    public QuizFrame(List<Card> cards) {
        super("Vocabulary quiz");
        this.cards = cards;
        prompt.setFont(prompt.getFont().deriveFont(Font.BOLD, 28f));
        JButton next = new JButton("Next");
        next.addActionListener(e -> showNext());
        JPanel south = new JPanel();
        south.add(next);
        add(prompt, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        setSize(480, 240);
        showNext();
    }

    private void showNext() {
        if (cards.isEmpty()) {
            prompt.setText("No cards");
            return;
        }
        prompt.setText(cards.get(index).front());
        index = (index + 1) % cards.size();
    }
}
