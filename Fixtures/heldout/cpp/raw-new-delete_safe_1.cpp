// shapes.cpp (model answer) - ownership through unique_ptr and values
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Style {
    std::string color;
    double line_width;
};

class Shape {
public:
    explicit Shape(const std::string& color) : style_(std::make_unique<Style>(Style{color, 1.0})) {}
    virtual ~Shape() = default;
    Shape(const Shape&) = delete;
    Shape& operator=(const Shape&) = delete;
    virtual double area() const = 0;
    const std::string& color() const { return style_->color; }

protected:
    std::unique_ptr<Style> style_;
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
    std::vector<std::unique_ptr<Shape>> shapes;
    for (int i = 1; i <= 3; ++i)
        shapes.push_back(std::make_unique<Circle>(i, "red"));
    double total = 0;
    for (const auto& s : shapes)
        total += s->area();
    const std::size_t new_count = shapes.size();
    std::cout << "total area " << total << " over " << new_count << " new shapes\n";
    return 0;
}
