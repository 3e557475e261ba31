"""OpenCV motion detector for the loading-bay camera."""
import cv2


def motion_scores(frames):
    grays = [cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) for frame in frames]
    scores = []
    for i in range(len(grays)):  # expect: range-len-loop
        blurred = cv2.GaussianBlur(grays[i], (21, 21), 0)
        scores.append(float(blurred.mean()))
    return scores


def annotate(frames, scores, threshold=12.0):
    for n in range(0, len(frames)):  # expect: range-len-loop
        if scores[n] > threshold:
            cv2.putText(frames[n], "MOTION", (10, 30), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 255), 2)
    return frames
