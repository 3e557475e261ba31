"""OpenCV: motion detection between consecutive frames of a trail camera."""
import cv2


def label_faces(image, faces, names):
    for (x, y, w, h), name in zip(faces, names):
        cv2.rectangle(image, (x, y), (x + w, y + h), (0, 200, 0), 2)
        cv2.putText(image, name, (x, y - 8), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (0, 200, 0), 1)
    return image


def motion_scores(frames):
    scores = []
    for i in range(1, len(frames)):
        delta = cv2.absdiff(frames[i - 1], frames[i])
        scores.append(float(cv2.mean(delta)[0]))
    return scores


def keyframes(frames, every=30):
    return [frames[i] for i in range(0, len(frames), every)]
