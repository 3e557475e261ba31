// shapes.cpp - area report for the OOP shapes exercise.
#include <iostream>
#include <vector>

struct Shape {
    virtual ~Shape() = default;
    virtual double area() const = 0;
    virtual int kind() const = 0;  // 0 = circle, 1 = rect
};

struct Circle : Shape {
    double r;
    explicit Circle(double r) : r(r) {}
    double area() const override { return 3.14159265 * r * r; }
    int kind() const override { return 0; }
};

struct Rect : Shape {
    double w, h;
    Rect(double w, double h) : w(w), h(h) {}
    double area() const override { return w * h; }
    int kind() const override { return 1; }
};

void report(const std::vector<const Shape*>& shapes) {
    double total = 0;
    int circles = 0;
    for (const Shape* s : shapes) {
        total += s->area();
        if (s->kind() == 0) {
            const Circle* c = (const Circle*)s; // expect: c-style-cast
            std::cout << "circle r=" << c->r << " area~" << (int)c->area() << '\n'; // expect: c-style-cast
            ++circles;
        }
    }
    double average = total / (double)shapes.size(); // expect: c-style-cast
    std::cout << circles << " circles, average area " << average << '\n';
}
