/* list.c (model answer) - singly linked list exercises (week 5) */
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void list_remove_all(struct node **head, int value)
{
    struct node *cur = *head;
    struct node *prev = NULL;

    while (cur != NULL) {
        struct node *next = cur->next;
        if (cur->value == value) {
            if (prev != NULL)
                prev->next = next;
            else
                *head = next;
            free(cur);
        } else {
            prev = cur;
        }
        cur = next;
    }
}

int list_pop(struct node **head)
{
    struct node *first = *head;
    int value;

    if (first == NULL)
        return -1;
    value = first->value;
    *head = first->next;
    free(first);
    return value;
}
