// contact.cpp - address book entry from the OOP course (legacy version with char arrays)
#include <cstdio>
#include <cstring>
#include <iostream>

class Contact {
public:
    Contact(const char* name, const char* phone)
    {
        std::strcpy(name_, name); // expect: banned-function
        std::strcpy(phone_, phone); // expect: banned-function
    }

    void addNote(const char* note)
    {
        std::strcat(notes_, note); // expect: banned-function
        std::strcat(notes_, "\n"); // expect: banned-function
    }

    const char* label()
    {
        std::sprintf(label_, "%s <%s>", name_, phone_); // expect: banned-function
        return label_;
    }

    const char* notes() const { return notes_; }

private:
    char name_[32] = {};
    char phone_[16] = {};
    char notes_[256] = {};
    char label_[64] = {};
};

int main()
{
    Contact c("Ada Lovelace", "+44 20 7946 0000");
    c.addNote("met at the analytical engine demo");
    std::cout << c.label() << '\n' << c.notes();
    return 0;
}
