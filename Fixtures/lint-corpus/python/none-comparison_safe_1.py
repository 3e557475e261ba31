def find_user(users, email):
    match = None
    for user in users:
        if user.get("email") == email:
            match = user
    if match is None:
        raise KeyError(email)
    return match


def display_name(user):
    if user.get("nickname") is not None:
        return user["nickname"]
    if user.get("status") == "None":
        return "(no status)"
    return user["first_name"] + " " + user["last_name"]
