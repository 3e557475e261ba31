import chess
import chess.engine

ENGINE_PATH = "/usr/games/stockfish"


def candidate_moves(board, engine, depth=12):
    scored = []
    for move in board.legal_moves:
        board.push(move)
        info = engine.analyse(board, chess.engine.Limit(depth=depth))
        board.pop()
        scored.append((info["score"].white().score(mate_score=100000), move))
    return scored


def best_move(board, engine):
    scored = candidate_moves(board, engine)
    pick = max if board.turn == chess.WHITE else min
    return pick(scored, key=lambda pair: pair[0])[1]


def principal_lines(board, engine, count=3):
    scored = candidate_moves(board, engine)
    return sorted(scored, key=lambda pair: pair[0], reverse=True)[:count]


def play_out(fen, plies=10):
    board = chess.Board(fen)
    with chess.engine.SimpleEngine.popen_uci(ENGINE_PATH) as engine:
        for _ in range(plies):
            if board.is_game_over():
                break
            board.push(best_move(board, engine))
    return board.fen()
