package com.acme.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

public class InvoiceCalculator {

    private final TaxTable taxes;

    public InvoiceCalculator(TaxTable taxes) {
        this.taxes = taxes;
    }

    public BigDecimal total(Customer customer, List<LineItem> items) {
        LocalDate today = LocalDate.now(); // expect: unused-variable
        BigDecimal net = BigDecimal.ZERO;
        for (LineItem item : items) {
            BigDecimal lineNet = item.unitPrice().multiply(BigDecimal.valueOf(item.quantity()));
            String description = item.sku() + " x" + item.quantity(); // expect: unused-variable
            net = net.add(lineNet);
        }
        BigDecimal rate = taxes.rateFor(customer.country());
        return net.add(net.multiply(rate)).setScale(2, RoundingMode.HALF_UP);
    }
}
