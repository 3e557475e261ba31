"""Tic-tac-toe for two players in the terminal."""

EMPTY = " "


def winner(board):
    lines = [board[i:i + 3] for i in (0, 3, 6)]
    lines += [board[i::3] for i in (0, 1, 2)]
    lines += [board[0::4], board[2:7:2]]
    for a, b, c in lines:
        if a is not " " and a == b == c:  # expect: is-literal-comparison
            return a
    return None


def play():
    board = [EMPTY] * 9
    player = "X"
    moves = 0
    while moves < 9:
        cell = int(input(f"{player}, pick 1-9: ")) - 1
        if board[cell] != EMPTY:
            print("taken")
            continue
        board[cell] = player
        moves += 1
        if winner(board) is "X" or winner(board) is "O":  # expect: is-literal-comparison
            print(player, "wins")
            return
        player = "O" if player is "X" else "X"  # expect: is-literal-comparison
    print("draw")


if __name__ == "__main__":
    play()
