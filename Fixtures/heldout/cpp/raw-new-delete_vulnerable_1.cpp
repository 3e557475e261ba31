// shapes.cpp - polymorphism exercise: shapes with owned style objects
#include <iostream>
#include <string>
#include <vector>

struct Style {
    std::string color;
    double line_width;
};

class Shape {
public:
    explicit Shape(const std::string& color)
        : style_(new Style{color, 1.0}) // expect: raw-new-delete
    {
    }
    virtual ~Shape() { delete style_; }
    virtual double area() const = 0;
    const std::string& color() const { return style_->color; }

protected:
    Style* style_;
};

class Circle : public Shape {
public:
    Circle(double r, const std::string& color) : Shape(color), r_(r) {}
    double area() const override { return 3.14159265 * r_ * r_; }

private:
    double r_;
};

int main()
{
    std::vector<Shape*> shapes;
    for (int i = 1; i <= 3; ++i)
        shapes.push_back(new Circle(i, "red")); // expect: raw-new-delete
    double total = 0;
    for (Shape* s : shapes)
        total += s->area();
    std::cout << "total area " << total << '\n';
    for (Shape* s : shapes)
        delete s;
    return 0;
}
