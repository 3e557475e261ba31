// bst.cpp - binary search tree, data structures week 7
#include <iostream>

struct Node {
    int key;
    Node* left = nullptr;
    Node* right = nullptr;
};

class Tree {
public:
    ~Tree() { destroy(root_); }

    void insert(int key)
    {
        Node** slot = &root_;
        while (*slot != nullptr)
            slot = key < (*slot)->key ? &(*slot)->left : &(*slot)->right;
        *slot = new Node{key}; // expect: raw-new-delete
    }

    int* sorted(int& count) const
    {
        count = size(root_);
        int* out = new int[count]; // expect: raw-new-delete
        int i = 0;
        fill(root_, out, i);
        return out;
    }
private:
    static int size(const Node* n) { return n ? 1 + size(n->left) + size(n->right) : 0; }
    static void fill(const Node* n, int* out, int& i)
    {
        if (!n) return;
        fill(n->left, out, i);
        out[i++] = n->key;
        fill(n->right, out, i);
    }
    static void destroy(Node* n)
    {
        if (!n) return;
        destroy(n->left);
        destroy(n->right);
        delete n;
    }

    Node* root_ = nullptr;
};
int main()
{
    Tree t;
    for (int k : {50, 30, 70, 20, 40})
        t.insert(k);
    int n = 0;
    int* keys = t.sorted(n);
    for (int i = 0; i < n; ++i)
        std::cout << keys[i] << ' ';
    delete[] keys;
    return 0;
}
