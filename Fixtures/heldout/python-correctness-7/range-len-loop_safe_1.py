"""OpenCV motion detector for the loading-bay camera."""
import cv2


def motion_scores(frames):
    grays = [cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) for frame in frames]
    return [float(cv2.GaussianBlur(gray, (21, 21), 0).mean()) for gray in grays]


def deltas(scores):
    return [scores[i] - scores[i - 1] for i in range(1, len(scores))]


def annotate(frames, scores, threshold=12.0):
    for frame, score in zip(frames, scores):
        if score > threshold:
            cv2.putText(frame, "MOTION", (10, 30), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 255), 2)
    return frames
