/* list.c - singly linked list exercises (week 5) */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

/* Remove every node holding value. */
void list_remove_all(struct node **head, int value)
{
    struct node *cur = *head;
    struct node *prev = NULL;

    while (cur != NULL) {
        if (cur->value == value) {
            if (prev != NULL)
                prev->next = cur->next;
            else
                *head = cur->next;
            free(cur);
        } else {
            prev = cur;
        }
        cur = cur->next; // expect: use-after-free
    }
}

int list_pop(struct node **head)
{
    struct node *first = *head;

    if (first == NULL)
        return -1;
    *head = first->next;
    free(first);
    return first->value; // expect: use-after-free
}
