package com.example.vaadin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

import java.time.LocalDate;
import java.util.List;

/** Vaadin Flow view: overdue library loans with a "send reminders" button. */
@Route("loans/overdue")
class OverdueLoansView extends VerticalLayout {
    private final Grid<Loan> grid = new Grid<>(Loan.class);

    OverdueLoansView(LoanService loans, ReminderService reminders) {
        LocalDate today = LocalDate.now();
        List<Loan> overdue = loans.overdueOn(today);
        int pageSize = 50; // expect: unused-variable
        grid.setItems(overdue);
        Button remind = new Button("Send reminders", click -> {
            int sent = reminders.sendFor(overdue);
            String summary = sent + " reminders sent"; // expect: unused-variable
            click.getSource().setEnabled(false);
        });
        add(grid, remind);
    }
}
