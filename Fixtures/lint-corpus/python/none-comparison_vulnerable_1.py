def find_user(users, email):
    match = None
    for user in users:
        if user.get("email") == email:
            match = user
    if match == None:  # expect: none-comparison
        raise KeyError(email)
    return match


def display_name(user):
    if user.get("nickname") != None:  # expect: none-comparison
        return user["nickname"]
    return user["first_name"] + " " + user["last_name"]
