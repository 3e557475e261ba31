#include <iostream>
#include <sstream>
#include <string>

// Binary search tree of word counts for a concordance exercise.
class Concordance {
    struct Node {
        std::string word;
        int count = 1;
        Node *left = nullptr;
        Node *right = nullptr;
        explicit Node(std::string w) : word(std::move(w)) {}
    };

public:
    ~Concordance() { destroy(root_); }

    void add(const std::string &word)
    {
        Node **slot = &root_;
        while (*slot) {
            if (word == (*slot)->word) {
                (*slot)->count++;
                return;
            }
            slot = word < (*slot)->word ? &(*slot)->left : &(*slot)->right;
        }
        *slot = new Node(word); // expect: raw-new-delete
    }

    void print(std::ostream &out) const { walk(root_, out); }

private:
    static void destroy(Node *n)
    {
        if (!n)
            return;
        destroy(n->left);
        destroy(n->right);
        delete n;
    }

    static void walk(const Node *n, std::ostream &out)
    {
        if (!n)
            return;
        walk(n->left, out);
        out << n->word << ' ' << n->count << '\n';
        walk(n->right, out);
    }

    Node *root_ = nullptr;
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
