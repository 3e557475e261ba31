package com.example.orders;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OrderFilterController {

    private final OrderRepository orders;

    public OrderFilterController(OrderRepository orders) {
        this.orders = orders;
    }

    @GetMapping("/orders")
    public List<Order> list(@RequestParam(required = false) String status) {
        return orders.findAll().stream()
                .filter(o -> status == null || status.equalsIgnoreCase(o.getStatus()))
                .toList();
    }

    static boolean sameOrder(Order a, Order b) {
        return a == b || a.getId() == b.getId();
    }
}

class Order {
    private long id;
    private String status;

    long getId() {
        return id;
    }

    String getStatus() {
        return status;
    }
}
