// job_list_safe.cpp - C++98 intrusive job list; fields read before the node is released
#include <iostream>
#include <string>

struct Job {
    int id;
    std::string owner;
    Job* next;
};

class JobList {
public:
    JobList() : head_(0), count_(0) {}

    int popFront() {
        Job* old = head_;
        if (old == 0) {
            return -1;
        }
        head_ = old->next;
        delete old;
        --count_;
        return count_;
    }

    void cancelOwner(const std::string& owner) {
        Job** link = &head_;
        while (*link != 0) {
            Job* j = *link;
            if (j->owner == owner) {
                *link = j->next;
                std::cout << "cancelled job " << j->id << "\n";
                delete j;
                --count_;
            } else {
                link = &j->next;
            }
        }
    }

private:
    Job* head_;
    int count_;
};
