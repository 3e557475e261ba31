// contact.cpp - address book entry from the OOP course (std::string version)
#include <iostream>
#include <string>
#include <utility>

class Contact {
public:
    Contact(std::string name, std::string phone)
        : name_(std::move(name)), phone_(std::move(phone))
    {
    }

    void addNote(const std::string& note)
    {
        notes_ += note;
        notes_ += '\n';
    }

    std::string label() const
    {
        return name_ + " <" + phone_ + ">";
    }

    const std::string& notes() const { return notes_; }

private:
    std::string name_;
    std::string phone_;
    std::string notes_;
};

int main()
{
    Contact c("Ada Lovelace", "+44 20 7946 0000");
    c.addNote("met at the analytical engine demo");
    std::cout << c.label() << '\n' << c.notes();
    return 0;
}
