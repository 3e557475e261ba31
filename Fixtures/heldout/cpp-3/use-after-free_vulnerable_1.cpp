// job_list.cpp - C++98 intrusive job list of a print spooler; nodes come from JobPool
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

    void push(Job* j) {
        j->next = head_;
        head_ = j;
        ++count_;
    }

    int popFront() {
        Job* old = head_;
        if (old == 0) {
            return -1;
        }
        delete old;
        head_ = old->next; // expect: use-after-free
        --count_;
        return count_;
    }

    void cancelOwner(const std::string& owner) {
        Job** link = &head_;
        while (*link != 0) {
            Job* j = *link;
            if (j->owner == owner) {
                *link = j->next;
                delete j;
                std::cout << "cancelled job " << j->id << "\n"; // expect: use-after-free
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
