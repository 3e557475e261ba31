// bst.cpp (model answer) - children owned by unique_ptr, results returned by value
#include <iostream>
#include <memory>
#include <vector>

struct Node {
    int key;
    std::unique_ptr<Node> left;
    std::unique_ptr<Node> right;
};

class Tree {
public:
    void insert(int key)
    {
        std::unique_ptr<Node>* slot = &root_;
        while (*slot)
            slot = key < (*slot)->key ? &(*slot)->left : &(*slot)->right;
        *slot = std::make_unique<Node>(Node{key, nullptr, nullptr});
    }

    std::vector<int> sorted() const
    {
        std::vector<int> out;
        fill(root_.get(), out);
        return out;
    }

    void clear() { root_.reset(); }

private:
    static void fill(const Node* n, std::vector<int>& out)
    {
        if (!n)
            return;
        fill(n->left.get(), out);
        out.push_back(n->key);
        fill(n->right.get(), out);
    }

    std::unique_ptr<Node> root_;
};

int main()
{
    Tree t;
    for (int k : {50, 30, 70, 20, 40})
        t.insert(k);
    for (int k : t.sorted())
        std::cout << k << ' ';
    std::cout << '\n';
    auto shared = std::make_shared<Tree>();
    shared->insert(1);
    return 0;
}
