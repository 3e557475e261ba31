package com.example.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class InvoiceCalculator {

    private static final BigDecimal VAT = new BigDecimal("0.21");
    private final ReentrantLock lock = new ReentrantLock();

    public BigDecimal total(List<Line> lines) {
        BigDecimal net = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal lineTotal = l.price().multiply(BigDecimal.valueOf(l.qty()));
            BigDecimal discount = lineTotal.multiply(l.discountRate());
            net = net.add(lineTotal.subtract(discount));
        }
        return net.add(net.multiply(VAT));
    }

    public void withLock(Runnable r) {
        lock.lock();
        try {
            r.run();
        } finally {
            lock.unlock();
        }
    }

    public record Line(BigDecimal price, int qty, BigDecimal discountRate) {}
}
