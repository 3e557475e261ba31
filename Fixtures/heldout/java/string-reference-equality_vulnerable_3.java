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
                .filter(o -> status == null || o.getStatus() == status) // expect: string-reference-equality
                .toList();
    }

    static boolean sameCustomer(Order a, Order b) {
        return a.getCustomerId() == b.getCustomerId(); // expect: string-reference-equality
    }
}

class Order {
    private String status;
    private String customerId;

    String getStatus() {
        return status;
    }

    String getCustomerId() {
        return customerId;
    }
}
