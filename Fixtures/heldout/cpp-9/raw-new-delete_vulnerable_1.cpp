// Undo history for a pixel editor: each stroke is a command object kept on a stack.
#include <cstdint>
#include <vector>

struct Canvas {
    int width = 0, height = 0;
    std::vector<std::uint32_t> pixels;
};

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(Canvas &c) = 0;
    virtual void revert(Canvas &c) = 0;
};

class FillCommand : public Command {
public:
    FillCommand(std::size_t at, std::uint32_t colour) : at_(at), colour_(colour) {}
    void apply(Canvas &c) override { before_ = c.pixels[at_]; c.pixels[at_] = colour_; }
    void revert(Canvas &c) override { c.pixels[at_] = before_; }

private:
    std::size_t at_;
    std::uint32_t colour_, before_ = 0;
};

class History {
public:
    ~History() {
        for (Command *cmd : done_)
            delete cmd;
    }

    void fill(Canvas &c, std::size_t at, std::uint32_t colour) {
        Command *cmd = new FillCommand(at, colour); // expect: raw-new-delete
        cmd->apply(c);
        done_.push_back(cmd);
    }

    void undo(Canvas &c) {
        if (done_.empty())
            return;
        Command *cmd = done_.back();
        done_.pop_back();
        cmd->revert(c);
        delete cmd;
    }

private:
    std::vector<Command *> done_;
};
