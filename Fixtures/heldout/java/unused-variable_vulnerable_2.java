package com.example.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public class InvoiceCalculator {

    private static final BigDecimal VAT = new BigDecimal("0.21");

    public BigDecimal total(List<Line> lines) {
        BigDecimal net = BigDecimal.ZERO;
        LocalDate today = LocalDate.now(); // expect: unused-variable
        for (Line l : lines) {
            BigDecimal lineTotal = l.price().multiply(BigDecimal.valueOf(l.qty()));
            BigDecimal discount = lineTotal.multiply(l.discountRate()); // expect: unused-variable
            net = net.add(lineTotal);
        }
        return net.add(net.multiply(VAT));
    }

    public record Line(BigDecimal price, int qty, BigDecimal discountRate) {}
}
