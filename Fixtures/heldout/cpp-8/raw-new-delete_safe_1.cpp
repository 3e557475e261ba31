#include <iostream>
#include <memory>
#include <sstream>
#include <string>

// Binary search tree of word counts for a concordance exercise.
class Concordance {
    struct Node {
        std::string word;
        int count = 1;
        std::unique_ptr<Node> left;
        std::unique_ptr<Node> right;
        explicit Node(std::string w) : word(std::move(w)) {}
    };

public:
    void add(const std::string &word)
    {
        std::unique_ptr<Node> *slot = &root_;
        while (*slot) {
            if (word == (*slot)->word) {
                (*slot)->count++;
                return;
            }
            slot = word < (*slot)->word ? &(*slot)->left : &(*slot)->right;
        }
        *slot = std::make_unique<Node>(word);
    }

    void print(std::ostream &out) const { walk(root_.get(), out); }

private:
    static void walk(const Node *n, std::ostream &out)
    {
        if (!n)
            return;
        walk(n->left.get(), out);
        out << n->word << ' ' << n->count << '\n';
        walk(n->right.get(), out);
    }

    std::unique_ptr<Node> root_;
};

int main()
{
    Concordance c;
    std::string line, word;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        while (words >> word)
            c.add(word);
    }
    c.print(std::cout);
    return 0;
}
